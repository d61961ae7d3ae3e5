<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../gui/about.py" line="18"/>
        <source>Facilitator runs strategic sessions: capture, votes and the resolution, offline.</source>
        <translation>Facilitator помогает проводить стратегические сессии: сбор предложений, голосование и резолюция — без сети.</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="22"/>
        <source>Version {version}</source>
        <translation>Версия {version}</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="23"/>
        <source>Qt {qt}, PySide6 {pyside}</source>
        <translation>Qt {qt}, PySide6 {pyside}</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="26"/>
        <source>Data folder: {path}</source>
        <translation>Папка данных: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="27"/>
        <source>Log folder: {path}</source>
        <translation>Папка журналов: {path}</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="28"/>
        <source>Licence: {licence}</source>
        <translation>Лицензия: {licence}</translation>
    </message>
    <message>
        <location filename="../../gui/about.py" line="35"/>
        <source>About Facilitator</source>
        <translation>О программе Facilitator</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../gui/actions.py" line="16"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="17"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="18"/>
        <source>&amp;Proposal</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="19"/>
        <location filename="../../gui/actions.py" line="177"/>
        <source>P&amp;articipants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="20"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="21"/>
        <source>V&amp;ote</source>
        <translation>&amp;Голосование</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="23"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="24"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид записи</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="25"/>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="26"/>
        <source>Open &amp;recent</source>
        <translation>Недавние &amp;сессии</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="41"/>
        <source>&amp;New session…</source>
        <translation>&amp;Новая сессия…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="43"/>
        <source>&amp;Open session…</source>
        <translation>&amp;Открыть сессию…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="44"/>
        <source>Open the &amp;demo session</source>
        <translation>Открыть &amp;демонстрационную сессию</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="45"/>
        <source>Open a platform &amp;kit…</source>
        <translation>Открыть &amp;комплект площадки…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="46"/>
        <source>Save a cop&amp;y as…</source>
        <translation>Сохранить ко&amp;пию как…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="50"/>
        <source>&amp;Import participants…</source>
        <translation>&amp;Импорт участников…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="57"/>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Экспорт в Word…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="62"/>
        <source>&amp;Close session</source>
        <translation>&amp;Закрыть сессию</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="64"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="65"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="67"/>
        <source>Session &amp;setup…</source>
        <translation>Настройка &amp;сессии…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="69"/>
        <source>P&amp;references…</source>
        <translation>П&amp;араметры…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="70"/>
        <source>&amp;New entry</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="22"/>
        <source>Excha&amp;nge</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="74"/>
        <source>Next kind for new en&amp;tries</source>
        <translation>Следующий ви&amp;д для новых записей</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="78"/>
        <source>Ne&amp;xt entry</source>
        <translation>С&amp;ледующая запись</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="81"/>
        <source>Pre&amp;vious entry</source>
        <translation>&amp;Предыдущая запись</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="84"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Удалить запись</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="89"/>
        <source>&amp;Add participant…</source>
        <translation>&amp;Добавить участника…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="95"/>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Изменить участника…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="101"/>
        <source>Mark &amp;present or absent</source>
        <translation>Отметить &amp;присутствие</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="107"/>
        <source>&amp;Delete participant</source>
        <translation>&amp;Удалить участника</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="114"/>
        <source>&amp;Vote on the selected entries…</source>
        <translation>&amp;Поставить выбранные записи на голосование…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="118"/>
        <source>&amp;Continue the vote…</source>
        <translation>Пр&amp;одолжить голосование…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="120"/>
        <source>&amp;Projector</source>
        <translation>П&amp;роектор</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="124"/>
        <source>Show the e&amp;ntry on the projector</source>
        <translation>Показать запись &amp;на проекторе</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="130"/>
        <source>Show the res&amp;ult on the projector</source>
        <translation>Показать &amp;итог на проекторе</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="136"/>
        <source>&amp;Blank the projector</source>
        <translation>Погасить &amp;экран проектора</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="142"/>
        <source>&amp;Start or pause the timer</source>
        <translation>&amp;Запустить или приостановить таймер</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="147"/>
        <source>&amp;Reset the timer</source>
        <translation>&amp;Сбросить таймер</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="149"/>
        <source>Prepare &amp;platform kits…</source>
        <translation>Подготовить &amp;комплекты площадок…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="153"/>
        <source>&amp;Import results bundles…</source>
        <translation>&amp;Импорт пакетов результатов…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="157"/>
        <source>&amp;Watch a folder for bundles…</source>
        <translation>&amp;Следить за папкой с пакетами…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="160"/>
        <source>Re&amp;voke the kits of a platform…</source>
        <translation>О&amp;тозвать комплекты площадки…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="162"/>
        <source>&amp;Conflicts…</source>
        <translation>К&amp;онфликты…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="163"/>
        <source>&amp;Similar proposals…</source>
        <translation>&amp;Похожие предложения…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="167"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Экспорт результатов…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="174"/>
        <source>Write results &amp;automatically to a folder…</source>
        <translation>&amp;Автоматически записывать результаты в папку…</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="176"/>
        <source>&amp;Proposals</source>
        <translation>&amp;Предложения</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="178"/>
        <source>&amp;Results</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="179"/>
        <source>Re&amp;solution</source>
        <translation>Ре&amp;золюция</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="181"/>
        <source>Pla&amp;tforms&apos; results</source>
        <translation>Результаты пл&amp;ощадок</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="186"/>
        <source>Ne&amp;xt platform</source>
        <translation>С&amp;ледующая площадка</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="193"/>
        <source>Pre&amp;vious platform</source>
        <translation>Пре&amp;дыдущая площадка</translation>
    </message>
    <message>
        <location filename="../../gui/actions.py" line="196"/>
        <source>&amp;About Facilitator</source>
        <translation>&amp;О программе Facilitator</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../../cli/usage.py" line="18"/>
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="19"/>
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="20"/>
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="21"/>
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="22"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="23"/>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="24"/>
        <source>the following arguments are required: %s</source>
        <translation>не указаны обязательные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="25"/>
        <source>one of the arguments %s is required</source>
        <translation>нужен один из аргументов %s</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="26"/>
        <source>not allowed with argument %s</source>
        <translation>нельзя вместе с аргументом %s</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="27"/>
        <source>unrecognized arguments: %s</source>
        <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="28"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение (ожидается %(type)s): %(value)r</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="29"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимый вариант: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="30"/>
        <source>expected one argument</source>
        <translation>ожидается одно значение</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="31"/>
        <source>expected at most one argument</source>
        <translation>ожидается не более одного значения</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="32"/>
        <source>expected at least one argument</source>
        <translation>ожидается хотя бы одно значение</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="33"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="34"/>
        <source>ignored explicit argument %r</source>
        <translation>лишнее значение %r</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="35"/>
        <source>unexpected option string: %s</source>
        <translation>неожиданный параметр: %s</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="36"/>
        <source>expected %s argument</source>
        <translation>ожидается значений: %s</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="37"/>
        <source>expected %s arguments</source>
        <translation>ожидается значений: %s</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="38"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестная команда %(parser_name)r (варианты: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="39"/>
        <source>show program&apos;s version number and exit</source>
        <translation>показать версию программы и выйти</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="40"/>
        <source>int</source>
        <translation>целое число</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../cli/__init__.py" line="39"/>
        <source>Facilitator: strategic sessions, offline platforms, resolutions.</source>
        <translation>Facilitator: стратегические сессии, площадки без сети, резолюции.</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="49"/>
        <source>write details to the log file too</source>
        <translation>записывать в журнал и подробности</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="54"/>
        <source>language of messages (default: from the system locale)</source>
        <translation>язык сообщений (по умолчанию — из настроек системы)</translation>
    </message>
    <message>
        <location filename="../../cli/__init__.py" line="84"/>
        <source>Error: {message}</source>
        <translation>Ошибка: {message}</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="24"/>
        <source>write the demo session to PATH</source>
        <translation>записать демонстрационную сессию в файл СЕССИЯ</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="27"/>
        <source>Seven platforms of a real forum; --filled adds people and votes.</source>
        <translation>Семь площадок настоящего форума; --filled добавляет участников и голосования.</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="35"/>
        <source>add participants, attendance and proposals</source>
        <translation>добавить участников, регистрацию и предложения</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="41"/>
        <source>create a new, empty session file</source>
        <translation>создать новый пустой файл сессии</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="44"/>
        <source>The platforms file has one platform title a line (UTF-8 or Windows-1251).</source>
        <translation>В файле площадок — по одному названию площадки в строке (UTF-8 или Windows-1251).</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="54"/>
        <source>the session&apos;s title</source>
        <translation>название сессии</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="55"/>
        <source>the forum it belongs to</source>
        <translation>форум, в рамках которого она проходит</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="56"/>
        <source>the date, YYYY-MM-DD</source>
        <translation>дата, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="57"/>
        <source>the place</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="58"/>
        <source>the organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="64"/>
        <source>a text file with one platform title a line</source>
        <translation>текстовый файл: по одному названию площадки в строке</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="70"/>
        <source>show the session and its platforms</source>
        <translation>показать сессию и её площадки</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="73"/>
        <source>The session&apos;s fields; per platform its moderator, participants, present and proposals of each kind.</source>
        <translation>Поля сессии; по каждой площадке — модератор, участники, присутствующие и предложения каждого вида.</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="90"/>
        <source>Opens the session in the app; without PATH, the welcome screen.</source>
        <translation>Открывает СЕССИЮ в приложении; без неё — начальный экран.</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="101"/>
        <source>the chair&apos;s full name</source>
        <translation>ФИО председателя (Фамилия Имя Отчество)</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="104"/>
        <source>the chair&apos;s position</source>
        <translation>должность председателя</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="110"/>
        <source>the secretary&apos;s full name</source>
        <translation>ФИО секретаря (Фамилия Имя Отчество)</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="116"/>
        <source>the secretary&apos;s position</source>
        <translation>должность секретаря</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="22"/>
        <source>write a platform&apos;s kit (session setup and signing key)</source>
        <translation>записать комплект площадки (настройки сессии и ключ подписи)</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="62"/>
        <source>make a platform&apos;s session from its kit</source>
        <translation>создать сессию площадки из её комплекта</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="76"/>
        <source>write this platform&apos;s results bundle</source>
        <translation>записать пакет результатов этой площадки</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="100"/>
        <source>merge platforms&apos; results bundles</source>
        <translation>объединить пакеты результатов площадок</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="114"/>
        <source>only show what would change</source>
        <translation>только показать, что изменится</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="42"/>
        <location filename="../../cli/exchange.py" line="123"/>
        <location filename="../../cli/people.py" line="46"/>
        <location filename="../../cli/people.py" line="60"/>
        <location filename="../../cli/people.py" line="95"/>
        <location filename="../../cli/proposals.py" line="50"/>
        <location filename="../../cli/proposals.py" line="86"/>
        <location filename="../../cli/proposals.py" line="108"/>
        <location filename="../../cli/proposals.py" line="131"/>
        <location filename="../../cli/secretariat.py" line="42"/>
        <location filename="../../cli/secretariat.py" line="61"/>
        <location filename="../../cli/secretariat.py" line="78"/>
        <location filename="../../cli/session.py" line="82"/>
        <location filename="../../cli/setup.py" line="49"/>
        <location filename="../../cli/votes.py" line="49"/>
        <location filename="../../cli/votes.py" line="67"/>
        <source>print JSON</source>
        <translation>вывести в формате JSON</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="25"/>
        <source>Into a folder the kit is named platform-NN.fkit.</source>
        <translation>В папку комплект записывается под именем platform-NN.fkit.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="37"/>
        <source>the kit file to write, or a folder</source>
        <translation>файл комплекта или папка, куда его записать</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="44"/>
        <source>revoke every kit issued so far for a platform (a lost stick)</source>
        <translation>отозвать все выданные площадке комплекты (потерянная флешка)</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="47"/>
        <source>Bundles signed with a revoked kit are refused, saying so; then write a replacement kit with `kit`.</source>
        <translation>Пакеты, подписанные отозванным комплектом, отклоняются с объяснением причины; затем запишите новый комплект командой `kit`.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="65"/>
        <source>On the platform&apos;s laptop: the session it captures in.</source>
        <translation>На ноутбуке площадки: сессия, в которую ведётся работа.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="79"/>
        <source>On the platform&apos;s laptop; into a folder the bundle is named platform-NN-DEVICE.fbundle.</source>
        <translation>На ноутбуке площадки; в папку пакет записывается под именем platform-NN-УСТРОЙСТВО.fbundle.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="94"/>
        <source>the bundle file to write, or a folder</source>
        <translation>файл пакета результатов или папка, куда его записать</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="103"/>
        <source>All bundles or none; prints per bundle what is new, changed and in conflict, what was added by kind, and a total.</source>
        <translation>Все пакеты или ни одного; по каждому пакету выводится, что нового, что изменилось и что в конфликте, что добавлено по видам, и итог.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="119"/>
        <source>merge bundles from a laptop whose clock runs over 12 hours ahead, too</source>
        <translation>объединить и пакеты с ноутбука, чьи часы спешат больше чем на 12 часов</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="136"/>
        <source>Kit for platform {number} written to {target}.</source>
        <translation>Комплект площадки {number} записан в {target}.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="148"/>
        <source>Kits of platform {number} revoked: {count}. Their bundles are refused from now on; write a replacement with `facilitator kit`.</source>
        <translation>Отозвано комплектов площадки {number}: {count}. Их пакеты больше не принимаются; подготовьте замену командой `facilitator kit`.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="171"/>
        <source>Session of platform {number} made at {path}.</source>
        <translation>Сессия площадки {number} создана: {path}.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="187"/>
        <source>Bundle {sequence} written to {target}.</source>
        <translation>Пакет {sequence} записан в {target}.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="238"/>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="239"/>
        <source>attendance marks</source>
        <translation>отметки явки</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="240"/>
        <source>proposals</source>
        <translation>предложения</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="241"/>
        <source>votes</source>
        <translation>голосования</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="242"/>
        <source>vote counts</source>
        <translation>итоги подсчёта</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="243"/>
        <source>ballots</source>
        <translation>бюллетени</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="251"/>
        <source>Added: {kinds}.</source>
        <translation>Добавлено: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="257"/>
        <source>Total: {bundles} bundles; new {new}, changed {changed}, unchanged {unchanged}, conflicts {conflicts}.</source>
        <translation>Итого пакетов: {bundles}; новых {new}, изменённых {changed}, без изменений {unchanged}, конфликтов {conflicts}.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="268"/>
        <source>already imported, nothing to do</source>
        <translation>уже импортирован, изменений нет</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="269"/>
        <source>older than one already imported; merged, nothing reverts</source>
        <translation>старше уже импортированного; объединён без отката более новых данных</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="277"/>
        <source>{name}: platform {platform} «{title}», bundle {sequence}: new {new}, changed {changed}, unchanged {unchanged}, conflicts {conflicts}</source>
        <translation>{name}: площадка {platform} «{title}», пакет {sequence}: новых — {new}, изменённых — {changed}, без изменений — {unchanged}, конфликтов — {conflicts}</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="294"/>
        <source>  the platform was number {then} when its kit was made; it is number {now} now.</source>
        <translation>  когда готовили комплект, у площадки был номер {then}; теперь у неё номер {now}.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="307"/>
        <source>  {number} «{title}» is now shown as {shown_as}: another proposal of the platform, made earlier, has that number.</source>
        <translation>  {number} «{title}» теперь показывается как {shown_as}: этот номер уже у другого предложения площадки, записанного раньше.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="319"/>
        <source>  held, not merged: the clock of the laptop runs {hours} hours ahead of this computer. Check the time on both; to merge it anyway, add --accept-clock-ahead.</source>
        <translation>  отложен, не объединён: часы ноутбука спешат на {hours} ч относительно этого компьютера. Проверьте время на обоих; чтобы всё же объединить, добавьте --accept-clock-ahead.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="328"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Пробный запуск: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="332"/>
        <source>Merged; backup taken first: {backup}</source>
        <translation>Объединено; предварительно сделана резервная копия: {backup}</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="21"/>
        <source>list or settle open conflicts</source>
        <translation>вывести или разрешить открытые конфликты</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="24"/>
        <source>Without an action the open conflicts are listed.</source>
        <translation>Без действия выводится список открытых конфликтов.</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="30"/>
        <source>list open conflicts (the default)</source>
        <translation>вывести открытые конфликты (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="33"/>
        <source>Each conflict: its number, the record, the platform, and each field that differs with the value here and the platform&apos;s.</source>
        <translation>Для каждого конфликта: его номер, запись, площадка и каждое расходящееся поле со значением здесь и на площадке.</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="46"/>
        <source>settle a conflict: keep ours, take theirs, or choose per field</source>
        <translation>разрешить конфликт: оставить наше, принять площадки или выбрать по полям</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="49"/>
        <source>ID is the conflict&apos;s number from `conflicts`. --keep ours keeps the secretariat&apos;s record, --keep theirs takes the platform&apos;s; --field NAME=theirs takes single fields (the others stay ours).</source>
        <translation>НОМЕР — номер конфликта из `conflicts`. --keep ours оставляет запись секретариата, --keep theirs принимает запись площадки; --field ПОЛЕ=theirs принимает отдельные поля (остальные остаются нашими).</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="62"/>
        <source>whose record</source>
        <translation>чью запись оставить</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="67"/>
        <source>whose value of one field (repeat for more)</source>
        <translation>чьё значение поля взять (можно повторять)</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="79"/>
        <source>No open conflicts.</source>
        <translation>Неразрешённых конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="83"/>
        <source>#{id} {entity} “{title}” (platform {platform}):</source>
        <translation>№{id} {entity} «{title}» (площадка {platform}):</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="92"/>
        <source>   {name}: here “{mine}”, platform “{theirs}”</source>
        <translation>   {name}: здесь «{mine}», на площадке «{theirs}»</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="100"/>
        <source>Settle one: facilitator conflicts resolve SESSION ID --keep ours|theirs (or --field NAME=theirs)</source>
        <translation>Разрешить конфликт: facilitator conflicts resolve СЕССИЯ НОМЕР --keep ours|theirs (или --field ПОЛЕ=theirs)</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="117"/>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="118"/>
        <source>attendance mark</source>
        <translation>отметка явки</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="119"/>
        <source>proposal</source>
        <translation>предложение</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="120"/>
        <source>vote</source>
        <translation>голосование</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="121"/>
        <source>vote count</source>
        <translation>итог подсчёта</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="122"/>
        <source>ballot</source>
        <translation>бюллетень</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="155"/>
        <source>Conflict #{id} “{title}” settled.</source>
        <translation>Конфликт №{id} «{title}» разрешён.</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="87"/>
        <source>start the desktop app</source>
        <translation>запустить приложение</translation>
    </message>
    <message>
        <location filename="../../cli/people.py" line="28"/>
        <source>import or list participants</source>
        <translation>импортировать или вывести участников</translation>
    </message>
    <message>
        <location filename="../../cli/people.py" line="32"/>
        <source>import participants from CSV or XLSX</source>
        <translation>импортировать участников из CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../../cli/people.py" line="35"/>
        <source>Columns (English or Russian): full name / ФИО (required), organisation / Организация, position / Должность, delegation / Регион, role / Роль, platform / Площадка (number or title), present / Явка (да/нет, +/−, 1/0).</source>
        <translation>Столбцы (по-русски или по-английски): ФИО / full name (обязательный), Организация / organisation, Должность / position, Регион / delegation, Роль / role, Площадка / platform (номер или название), Явка / present (да/нет, +/−, 1/0).</translation>
    </message>
    <message>
        <location filename="../../cli/people.py" line="51"/>
        <source>list participants with their platform and attendance</source>
        <translation>вывести участников с площадкой и явкой</translation>
    </message>
    <message>
        <location filename="../../cli/people.py" line="54"/>
        <source>Columns: name, organisation, position, platform, present.</source>
        <translation>Столбцы: ФИО, организация, должность, площадка, явка.</translation>
    </message>
    <message>
        <location filename="../../cli/people.py" line="65"/>
        <source>mark who is present at a platform</source>
        <translation>отметить присутствующих на площадке</translation>
    </message>
    <message>
        <location filename="../../cli/people.py" line="68"/>
        <source>Names are matched to the platform&apos;s participants (case and ё/е ignored). FILE has a name column (ФИО) and optionally a present column (Явка: да/нет, +/−, 1/0); without it everyone in the file is present.</source>
        <translation>Имена сопоставляются с участниками площадки (регистр и ё/е не важны). В файле ФАЙЛ есть столбец ФИО и, если нужно, столбец явки (Явка: да/нет, +/−, 1/0); без него все, кто в файле, отмечаются присутствующими.</translation>
    </message>
    <message>
        <location filename="../../cli/people.py" line="82"/>
        <source>mark these present</source>
        <translation>отметить этих участников присутствующими</translation>
    </message>
    <message>
        <location filename="../../cli/people.py" line="85"/>
        <source>mark these absent</source>
        <translation>отметить этих участников отсутствующими</translation>
    </message>
    <message>
        <location filename="../../cli/people.py" line="88"/>
        <source>marks from CSV or XLSX</source>
        <translation>отметки из файла CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../../cli/people.py" line="93"/>
        <source>mark everyone of the platform present</source>
        <translation>отметить присутствующими всех участников площадки</translation>
    </message>
    <message>
        <location filename="../../cli/people.py" line="129"/>
        <source>Participants: {count}, present: {present}.</source>
        <translation>Участников: {count}, присутствуют: {present}.</translation>
    </message>
    <message>
        <location filename="../../cli/people.py" line="163"/>
        <source>Platform {number}: {present} marked present, {absent} absent; present now {now} of {total}.</source>
        <translation>Площадка {number}: отмечено присутствующих — {present}, отсутствующих — {absent}; сейчас присутствуют {now} из {total}.</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="35"/>
        <source>import, list, show, edit or delete proposals</source>
        <translation>импортировать, вывести, показать, изменить или удалить предложения</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="41"/>
        <source>every field of a proposal, its lineage, votes and history</source>
        <translation>все поля предложения, его происхождение, голосования и история</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="44"/>
        <location filename="../../cli/proposals.py" line="58"/>
        <source>NUMBER is the platform&apos;s and the proposal&apos;s number, such as 3.12.</source>
        <translation>НОМЕР — номер площадки и номер предложения, например 3.12.</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="55"/>
        <source>delete a proposal (kept in the history, as in the app)</source>
        <translation>удалить предложение (оно остаётся в истории, как в приложении)</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="70"/>
        <source>import proposals into a platform from CSV or XLSX</source>
        <translation>импортировать предложения площадки из CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="73"/>
        <source>Columns (English or Russian): title / Название (required), kind / Вид (problem, proposal, initiative, resolution item), text / Текст, tags / Теги, status / Статус, presenter / Докладчик, organisation / Организация, responsible / Ответственный, deadline / Срок.</source>
        <translation>Столбцы (по-русски или по-английски): Название / title (обязательный), Вид / kind (проблема, предложение, проектная инициатива, пункт резолюции), Текст / text, Теги / tags, Статус / status, Докладчик / presenter, Организация / organisation, Ответственный / responsible, Срок / deadline.</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="93"/>
        <source>list proposals with their status and vote result</source>
        <translation>вывести предложения со статусом и итогом голосования</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="96"/>
        <source>Columns: number, kind, status, title, presenter / responsible, deadline, vote result.</source>
        <translation>Столбцы: номер, вид, статус, название, докладчик / ответственный, срок, итог голосования.</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="106"/>
        <source>only this kind</source>
        <translation>только этот вид</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="107"/>
        <source>only this status</source>
        <translation>только этот статус</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="115"/>
        <source>change fields of a proposal (one step in its history)</source>
        <translation>изменить поля предложения (один шаг в его истории)</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="118"/>
        <source>Only the fields given change; an empty value clears a field (not the title).</source>
        <translation>Меняются только указанные поля; пустое значение очищает поле (кроме названия).</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="165"/>
        <source>Proposals: {count}.</source>
        <translation>Предложений: {count}.</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="207"/>
        <source>        from platform {platform}: {title}</source>
        <translation>        с площадки {platform}: {title}</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="212"/>
        <source>        merged into {code}</source>
        <translation>        объединено в {code}</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="219"/>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="220"/>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="221"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="222"/>
        <source>restored</source>
        <translation>восстановлено</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="238"/>
        <source>“{old}” → “{new}”</source>
        <translation>«{old}» → «{new}»</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="257"/>
        <source>Proposal {code}: nothing changed.</source>
        <translation>Предложение {code}: ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="261"/>
        <source>Proposal {code} changed: {fields}.</source>
        <translation>Предложение {code} изменено: {fields}.</translation>
    </message>
    <message>
        <location filename="../../cli/proposals.py" line="275"/>
        <source>Proposal {code} “{title}” deleted; it stays in the file&apos;s history.</source>
        <translation>Предложение {code} «{title}» удалено; оно остаётся в истории файла.</translation>
    </message>
    <message>
        <location filename="../../cli/common.py" line="73"/>
        <source>the platform&apos;s number</source>
        <translation>номер площадки</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="122"/>
        <source>Demo session written to {path}.</source>
        <translation>Демонстрационная сессия записана в {path}.</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="145"/>
        <source>Session created: {path} ({count} platforms).</source>
        <translation>Сессия создана: {path} (площадок: {count}).</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="202"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="203"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="204"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="205"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="210"/>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="211"/>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="221"/>
        <source>   moderator: {moderators}; participants: {count}, present: {present}</source>
        <translation>   модератор: {moderators}; участников: {count}, присутствуют: {present}</translation>
    </message>
    <message>
        <location filename="../../cli/votes.py" line="28"/>
        <source>import votes counted elsewhere</source>
        <translation>импортировать голоса, подсчитанные в другом месте</translation>
    </message>
    <message>
        <location filename="../../cli/votes.py" line="54"/>
        <source>print the results of the votes</source>
        <translation>вывести результаты голосований</translation>
    </message>
    <message>
        <location filename="../../cli/common.py" line="83"/>
        <source>only this platform</source>
        <translation>только эта площадка</translation>
    </message>
    <message>
        <location filename="../../cli/votes.py" line="32"/>
        <source>record a counted vote from CSV or XLSX</source>
        <translation>внести подсчитанное голосование из CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../../cli/votes.py" line="35"/>
        <source>The columns decide the method: item / Пункт with for / За, against / Против, abstain / Воздержались (a count); item with dots / Точки; item with effect / Эффект, feasibility / Реализуемость and optionally raters / Оценивших; voter / Участник, item, choice / Голос (named ballots); voter with ranking / Ранжирование such as 3 &gt; 1 = 2. Voters must be marked present.</source>
        <translation>Способ определяется столбцами: Пункт / item с За / for, Против / against, Воздержались / abstain (подсчёт); Пункт с Точки / dots; Пункт с Эффект / effect, Реализуемость / feasibility и, если нужно, Оценивших / raters; Участник / voter, Пункт, Голос / choice (поимённо); Участник с Ранжирование / ranking вида 3 &gt; 1 = 2. Голосующие должны быть отмечены присутствующими.</translation>
    </message>
    <message>
        <location filename="../../cli/votes.py" line="57"/>
        <source>Per platform each vote: method, round, status, present of registered, and each item&apos;s figures and outcome.</source>
        <translation>По каждой площадке каждое голосование: способ, тур, состояние, присутствующие из зарегистрированных, а по каждому пункту — цифры и итог.</translation>
    </message>
    <message>
        <location filename="../../cli/votes.py" line="79"/>
        <source>Vote recorded and closed: {count} items.</source>
        <translation>Голосование записано и закрыто: пунктов — {count}.</translation>
    </message>
    <message>
        <location filename="../../cli/votes.py" line="94"/>
        <source>   no votes yet</source>
        <translation>   голосований пока нет</translation>
    </message>
    <message>
        <location filename="../../cli/votes.py" line="103"/>
        <source>   {method}, round {round} ({status}); present {present} of {registered}</source>
        <translation>   {method}, тур {round} ({status}); присутствуют {present} из {registered}</translation>
    </message>
    <message>
        <location filename="../../cli/votes.py" line="117"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../cli/votes.py" line="117"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../cli/votes.py" line="124"/>
        <source>{for_}/{against}/{abstain} → {result}</source>
        <translation>{for_}/{against}/{abstain} → {result}</translation>
    </message>
    <message>
        <location filename="../../cli/votes.py" line="133"/>
        <source>#{rank}: {dots} dots</source>
        <translation>№{rank}: стикеров — {dots}</translation>
    </message>
    <message>
        <location filename="../../cli/votes.py" line="145"/>
        <source>Schulze #{schulze}, Borda #{borda} ({points} points)</source>
        <translation>Шульце №{schulze}, Борда №{borda} (очков — {points})</translation>
    </message>
    <message>
        <location filename="../../cli/export.py" line="24"/>
        <source>write the resolution (or a platform&apos;s protocol) to Word</source>
        <translation>записать резолюцию (или протокол площадки) в Word</translation>
    </message>
    <message>
        <location filename="../../cli/export.py" line="27"/>
        <source>The consolidated resolution, or with --platform that platform&apos;s protocol; into a folder as resolution.docx or protocol-NN.docx. The items, their wording and sections are the session&apos;s (as set in the app) unless --include says what goes in.</source>
        <translation>Сводная резолюция, а с --platform — протокол этой площадки; в папку — под именем resolution.docx или protocol-NN.docx. Пункты, их формулировки и разделы берутся из сессии (как задано в приложении), если --include не указывает, что включать.</translation>
    </message>
    <message>
        <location filename="../../cli/export.py" line="45"/>
        <source>the Word file to write, or a folder</source>
        <translation>файл Word или папка, куда его записать</translation>
    </message>
    <message>
        <location filename="../../cli/export.py" line="51"/>
        <source>write platform N&apos;s protocol instead</source>
        <translation>записать протокол площадки N вместо резолюции</translation>
    </message>
    <message>
        <location filename="../../cli/export.py" line="57"/>
        <source>a .docx template with your styles</source>
        <translation>шаблон .docx с вашими стилями</translation>
    </message>
    <message>
        <location filename="../../cli/export.py" line="62"/>
        <source>what goes in: adopted proposals, also those voted on (not rejected), or all (default: the session&apos;s own selection, as set in the app)</source>
        <translation>что включить: принятые предложения, также вынесенные на голосование (кроме отклонённых) или все (по умолчанию — отбор самой сессии, как он задан в приложении)</translation>
    </message>
    <message>
        <location filename="../../cli/export.py" line="71"/>
        <source>also convert to PDF (needs LibreOffice)</source>
        <translation>также преобразовать в PDF (нужен LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../cli/export.py" line="87"/>
        <source>Written: {path}. Converting it to PDF with LibreOffice; a large document takes minutes (Ctrl+C stops it)…</source>
        <translation>Записано: {path}. Преобразование в PDF через LibreOffice; большой документ занимает несколько минут (Ctrl+C прерывает)…</translation>
    </message>
    <message>
        <location filename="../../cli/export.py" line="102"/>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <location filename="../../cli/export.py" line="104"/>
        <source>Warning: {text}</source>
        <translation>Внимание: {text}</translation>
    </message>
    <message>
        <location filename="../../cli/common.py" line="36"/>
        <source>Example:</source>
        <translation>Пример:</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="21"/>
        <source>find similar proposals of different platforms, or merge them</source>
        <translation>найти похожие предложения разных площадок или объединить их</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="24"/>
        <source>Without an action the groups of similar proposals are listed.</source>
        <translation>Без действия выводятся группы похожих предложений.</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="30"/>
        <source>list groups of similar proposals (the default)</source>
        <translation>вывести группы похожих предложений (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="33"/>
        <source>As the app finds them: titles of proposals of different platforms that match closely; each group with its score and each proposal&apos;s number and title.</source>
        <translation>Как их находит приложение: близкие названия предложений разных площадок; у каждой группы — степень сходства, у каждого предложения — номер и название.</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="46"/>
        <source>merge proposals into one, as the app does</source>
        <translation>объединить предложения в одно, как в приложении</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="49"/>
        <source>The merged proposal is added to the first one&apos;s platform with its title (or --title), the originals become “merged”; dots are summed, counts kept per original, adopted when any original was adopted.</source>
        <translation>Объединённое предложение добавляется на площадку первого с его названием (или --title), исходные получают статус «объединено»; точки суммируются, подсчёты голосов остаются у каждого исходного, предложение принято, если принято любое из исходных.</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="60"/>
        <source>the merged proposal&apos;s title</source>
        <translation>название объединённого предложения</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="66"/>
        <source>the secretariat&apos;s overview of every platform</source>
        <translation>сводка секретариата по всем площадкам</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="69"/>
        <source>Per platform: kits written, bundles merged, the last bundle&apos;s sequence and time, proposals, votes, open conflicts and what is missing.</source>
        <translation>По каждой площадке: записанные комплекты, объединённые пакеты, номер и время последнего пакета, предложения, голосования, открытые конфликты и чего не хватает.</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="96"/>
        <source>No similar proposals.</source>
        <translation>Похожих предложений нет.</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="100"/>
        <source>Group {index} (similarity {score}%):</source>
        <translation>Группа {index} (сходство {score}%):</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="109"/>
        <source>To merge a group: facilitator similar merge SESSION {codes}</source>
        <translation>Объединить группу: facilitator similar merge СЕССИЯ {codes}</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="124"/>
        <source>Merged {codes} into {code} “{title}”.</source>
        <translation>{codes} объединены в {code} «{title}».</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="133"/>
        <source>no kit written</source>
        <translation>комплект не записан</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="134"/>
        <source>no bundle merged</source>
        <translation>пакет не объединён</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="150"/>
        <source>     kits {kits}, bundles {bundles}; proposals {proposals}, votes {votes}, open conflicts {conflicts}</source>
        <translation>     комплектов {kits}, пакетов {bundles}; предложений {proposals}, голосований {votes}, открытых конфликтов {conflicts}</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="160"/>
        <source>     last bundle {sequence}, written {written}, merged {merged}</source>
        <translation>     последний пакет {sequence}, записан {written}, объединён {merged}</translation>
    </message>
    <message>
        <location filename="../../cli/secretariat.py" line="169"/>
        <source>     missing: {missing}</source>
        <translation>     не хватает: {missing}</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="29"/>
        <source>list, change or add platforms</source>
        <translation>вывести, изменить или добавить площадки</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="32"/>
        <source>Without an action the platforms are listed.</source>
        <translation>Без действия выводится список площадок.</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="38"/>
        <source>list the platforms (the default)</source>
        <translation>вывести площадки (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="41"/>
        <source>Columns: number, title, moderator, room, secretary, participants, present.</source>
        <translation>Столбцы: номер, название, модератор, аудитория, секретарь, участники, присутствуют.</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="54"/>
        <source>change a platform&apos;s title, moderator, room or secretary</source>
        <translation>изменить название, модератора, аудиторию или секретаря площадки</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="57"/>
        <source>Only the fields given change.</source>
        <translation>Меняются только указанные поля.</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="69"/>
        <source>add a platform at the end of the list</source>
        <translation>добавить площадку в конец списка</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="72"/>
        <source>The new platform gets the next number.</source>
        <translation>Новая площадка получает следующий номер.</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="92"/>
        <source>the platform&apos;s secretary, who signs its protocol (full name)</source>
        <translation>секретарь площадки, подписывающий её протокол (фамилия, имя, отчество)</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="98"/>
        <source>change the session&apos;s own fields</source>
        <translation>изменить поля самой сессии</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="102"/>
        <source>change the session&apos;s title, forum, date, venue, organiser, chair or secretary</source>
        <translation>изменить название, форум, дату, место, организатора, председателя или секретаря сессии</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="108"/>
        <source>Only the fields given change; the date as YYYY-MM-DD or DD.MM.YYYY. The chair and the secretary sign the resolution: a full name (Фамилия Имя Отчество) and a position each.</source>
        <translation>Меняются только указанные поля; дата — ГГГГ-ММ-ДД или ДД.ММ.ГГГГ. Председатель и секретарь подписывают резолюцию: у каждого ФИО (Фамилия Имя Отчество) и должность.</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="152"/>
        <source>     moderator: {moderator}; secretary: {secretary}; room: {room}; participants: {count}, present: {present}</source>
        <translation>     модератор: {moderator}; секретарь: {secretary}; аудитория: {room}; участников: {count}, присутствуют: {present}</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="178"/>
        <source>Platform {number}</source>
        <translation>Площадка {number}</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="190"/>
        <source>Platform {number} added: {title}.</source>
        <translation>Добавлена площадка {number}: {title}.</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="203"/>
        <source>The session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="210"/>
        <source>{subject}: nothing changed.</source>
        <translation>{subject}: ничего не изменилось.</translation>
    </message>
    <message>
        <location filename="../../cli/setup.py" line="214"/>
        <source>{subject}: changed {fields}.</source>
        <translation>{subject}: изменено: {fields}.</translation>
    </message>
    <message>
        <location filename="../../cli/desktop.py" line="16"/>
        <source>add Facilitator to the desktop menu and open its files by double-click (Linux)</source>
        <translation>добавить Facilitator в меню рабочего стола и открывать его файлы двойным щелчком (Linux)</translation>
    </message>
    <message>
        <location filename="../../cli/desktop.py" line="22"/>
        <source>Installs the menu entry, the file types (.fsession, .fkit, .fbundle) and the icons into the XDG folders. Optional: the app and the commands work without it.</source>
        <translation>Устанавливает пункт меню, типы файлов (.fsession, .fkit, .fbundle) и значки в папки XDG. Необязательно: программа и команды работают и без этого.</translation>
    </message>
    <message>
        <location filename="../../cli/desktop.py" line="34"/>
        <source>for you only, in ~/.local/share (default: /usr/local/share)</source>
        <translation>только для вас, в ~/.local/share (по умолчанию: /usr/local/share)</translation>
    </message>
    <message>
        <location filename="../../cli/desktop.py" line="39"/>
        <source>remove what an earlier install-desktop put there</source>
        <translation>удалить то, что туда установила прежняя команда install-desktop</translation>
    </message>
    <message>
        <location filename="../../cli/desktop.py" line="50"/>
        <source>Nothing to remove in {folder}.</source>
        <translation>В {folder} нечего удалять.</translation>
    </message>
    <message>
        <location filename="../../cli/desktop.py" line="53"/>
        <source>Removed: {path}</source>
        <translation>Удалено: {path}</translation>
    </message>
    <message>
        <location filename="../../cli/desktop.py" line="57"/>
        <source>Installed: {path}</source>
        <translation>Установлено: {path}</translation>
    </message>
    <message>
        <location filename="../../cli/desktop.py" line="59"/>
        <source>Ran: {command}</source>
        <translation>Выполнено: {command}</translation>
    </message>
    <message>
        <location filename="../../cli/desktop.py" line="63"/>
        <source>{tool} is not installed, so its cache was not refreshed; the desktop will notice the change after you log in again.</source>
        <translation>{tool} не установлена, поэтому её кэш не обновлён; рабочий стол увидит изменения после повторного входа в систему.</translation>
    </message>
    <message>
        <location filename="../../cli/passphrase.py" line="19"/>
        <source>read the passphrase of the kit from the first line of FILE</source>
        <translation>прочитать парольную фразу комплекта из первой строки файла ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../cli/passphrase.py" line="30"/>
        <source>protect the kit with the passphrase on the first line of FILE (at least 8 characters; it cannot be recovered if lost)</source>
        <translation>защитить комплект парольной фразой из первой строки файла ФАЙЛ (не меньше 8 знаков; утерянную фразу восстановить нельзя)</translation>
    </message>
    <message>
        <location filename="../../cli/passphrase.py" line="39"/>
        <source>protect the kit with a passphrase typed twice (not shown)</source>
        <translation>защитить комплект парольной фразой, введённой дважды (не отображается)</translation>
    </message>
    <message>
        <location filename="../../cli/passphrase.py" line="50"/>
        <source>Passphrase for the kit: </source>
        <translation>Парольная фраза для комплекта: </translation>
    </message>
    <message>
        <location filename="../../cli/passphrase.py" line="52"/>
        <source>The same passphrase again: </source>
        <translation>Та же парольная фраза ещё раз: </translation>
    </message>
    <message>
        <location filename="../../cli/passphrase.py" line="60"/>
        <source>Passphrase of {kit}: </source>
        <translation>Парольная фраза комплекта {kit}: </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../gui/commands.py" line="156"/>
        <source>Add proposal</source>
        <translation>добавление записи</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="170"/>
        <source>Edit proposal</source>
        <translation>изменение записи</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="181"/>
        <source>Delete proposal</source>
        <translation>удаление записи</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="191"/>
        <source>Mark present</source>
        <translation>отметка присутствия</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="193"/>
        <source>Mark absent</source>
        <translation>отметка отсутствия</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="210"/>
        <source>Add participant</source>
        <translation>добавление участника</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="223"/>
        <source>Edit participant</source>
        <translation>изменение участника</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="234"/>
        <source>Delete participant</source>
        <translation>удаление участника</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="243"/>
        <source>Add platform</source>
        <translation>добавление площадки</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="260"/>
        <source>Edit platform</source>
        <translation>изменение площадки</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="268"/>
        <source>Delete platform</source>
        <translation>удаление площадки</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="283"/>
        <source>Move platform</source>
        <translation>перемещение площадки</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="303"/>
        <source>Edit session</source>
        <translation>изменение сессии</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="312"/>
        <source>Merge similar proposals</source>
        <translation>Объединить похожие предложения</translation>
    </message>
    <message>
        <location filename="../../gui/commands.py" line="336"/>
        <source>Import {file}</source>
        <translation>Импорт {file}</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="14"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="15"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="16"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="17"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="18"/>
        <source>Presenter</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="19"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="20"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="21"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="22"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="23"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="24"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="25"/>
        <source>Delegation / region</source>
        <translation>Делегация / регион</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="28"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="29"/>
        <source>Participant</source>
        <translation>Участник</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="30"/>
        <source>Attendance</source>
        <translation>Присутствие</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="31"/>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="32"/>
        <source>Vote count</source>
        <translation>Подсчёт голосов</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="33"/>
        <source>Ballot</source>
        <translation>Бюллетень</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="36"/>
        <source>Edited on both sides</source>
        <translation>Изменено обеими сторонами</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="37"/>
        <source>Deleted here, edited there</source>
        <translation>Удалено здесь, изменено на площадке</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="38"/>
        <source>Deleted there, edited here</source>
        <translation>Удалено на площадке, изменено здесь</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="41"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="42"/>
        <source>Here (secretariat)</source>
        <translation>Здесь (секретариат)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="43"/>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/conflict_fields.py" line="44"/>
        <source>Take the platform&apos;s</source>
        <translation>Взять с площадки</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="101"/>
        <location filename="../../gui/exchange/dialogs.py" line="172"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="104"/>
        <source>Open conflicts</source>
        <translation>Открытые конфликты</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="109"/>
        <source>Fields that differ</source>
        <translation>Поля, которые различаются</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="114"/>
        <source>&amp;Keep ours</source>
        <translation>&amp;Оставить наше</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="115"/>
        <source>&amp;Take the platform&apos;s</source>
        <translation>&amp;Взять с площадки</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="116"/>
        <source>&amp;Apply the choices</source>
        <translation>&amp;Применить выбор</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="126"/>
        <source>Space ticks a field to take the platform&apos;s value.</source>
        <translation>Пробел отмечает поле, чтобы взять значение площадки.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="155"/>
        <source>Both sides changed this record. Here: the secretariat&apos;s value now. Platform {0}: its value in bundle {1}, imported {2}.</source>
        <translation>Запись изменили обе стороны. Здесь: значение секретариата сейчас. Площадка {0}: её значение в пакете {1}, импортированном {2}.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../gui/controller.py" line="130"/>
        <source>&amp;Switch to that window</source>
        <translation>&amp;Перейти в то окно</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="132"/>
        <source>Open &amp;read-only</source>
        <translation>Открыть только для &amp;чтения</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="110"/>
        <source>The window that has {path} open did not answer. Switch to it yourself, or open the session read-only.</source>
        <translation>Окно, в котором открыт {path}, не ответило. Перейдите в него сами или откройте сессию только для чтения.</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="147"/>
        <source>Open it read-only? You can then save a copy you can edit.</source>
        <translation>Открыть только для чтения? Затем можно сохранить копию и работать в ней.</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="163"/>
        <source>Open session</source>
        <translation>Открыть сессию</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="165"/>
        <source>Facilitator sessions (*{ext});;All files (*)</source>
        <translation>Сессии Facilitator (*{ext});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="175"/>
        <location filename="../../gui/controller.py" line="185"/>
        <source>New session</source>
        <translation>Новая сессия</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="177"/>
        <location filename="../../gui/controller.py" line="238"/>
        <location filename="../../gui/controller.py" line="281"/>
        <location filename="../../gui/controller.py" line="335"/>
        <source>Facilitator sessions (*{ext})</source>
        <translation>Сессии Facilitator (*{ext})</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="186"/>
        <source>Title of the strategic session:</source>
        <translation>Название стратегической сессии:</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="224"/>
        <source>Open a platform kit</source>
        <translation>Открыть комплект площадки</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="226"/>
        <source>Platform kits (*{ext})</source>
        <translation>Комплекты площадок (*{ext})</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="236"/>
        <source>Save this platform&apos;s session as</source>
        <translation>Сохранить сессию площадки как</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="260"/>
        <source>Open this platform kit on this laptop?

{path}

Facilitator makes this platform&apos;s session from it; you choose where to save it next.</source>
        <translation>Открыть этот комплект площадки на этом ноутбуке?

{path}

Facilitator создаст из него сессию этой площадки; дальше вы выберете, куда её сохранить.</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="270"/>
        <source>Merge this results bundle into the secretariat&apos;s session?

{path}

Choose the session next; you see what the merge brings before anything changes.</source>
        <translation>Объединить этот пакет результатов с сессией секретариата?

{path}

Дальше выберите сессию; до любых изменений вы увидите, что принесёт объединение.</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="279"/>
        <source>The secretariat&apos;s session to merge into</source>
        <translation>Сессия секретариата, с которой объединить пакет</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="333"/>
        <source>Save a copy of the session as</source>
        <translation>Сохранить копию сессии как</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="412"/>
        <source>{path} cannot be written ({reason}).</source>
        <translation>Не удаётся записать {path} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../gui/controller.py" line="125"/>
        <location filename="../../gui/controller.py" line="144"/>
        <location filename="../../gui/controller.py" line="293"/>
        <location filename="../../gui/controller.py" line="398"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
</context>
<context>
    <name>CountEntry</name>
    <message>
        <location filename="../../gui/voting/count_entry.py" line="94"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../gui/voting/count_entry.py" line="95"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../gui/voting/count_entry.py" line="99"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../gui/voting/count_entry.py" line="157"/>
        <source>%1 (needed %2)</source>
        <translation>%1 (нужно %2)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../gui/crash.py" line="38"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="46"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Скопировать подробности</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="58"/>
        <source>Facilitator met an error it did not expect: {error}</source>
        <translation>В Facilitator произошла непредвиденная ошибка: {error}</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="62"/>
        <source>Nothing is lost: every change was saved the moment you made it. You can go on working, or close the app and start it again.</source>
        <translation>Ничего не потеряно: каждое изменение было сохранено в момент, когда вы его сделали. Можно продолжать работу или закрыть программу и запустить её снова.</translation>
    </message>
    <message>
        <location filename="../../gui/crash.py" line="65"/>
        <source>The details are written to the log: {path}</source>
        <translation>Подробности записаны в журнал: {path}</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../../gui/voting/criteria_editor.py" line="65"/>
        <source>New criterion</source>
        <translation>Новый критерий</translation>
    </message>
    <message>
        <location filename="../../gui/voting/criteria_editor.py" line="66"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../gui/voting/criteria_editor.py" line="67"/>
        <source>Rena&amp;me</source>
        <translation>Переи&amp;меновать</translation>
    </message>
    <message>
        <location filename="../../gui/voting/criteria_editor.py" line="68"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../gui/exchange/dashboard.py" line="32"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dashboard.py" line="33"/>
        <source>Platforms&apos; results</source>
        <translation>Результаты площадок</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dashboard.py" line="47"/>
        <source>Platforms without results: {0}; open conflicts: {1}</source>
        <translation>Площадок без результатов: {0}; неразрешённых конфликтов: {1}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../gui/date_field.py" line="96"/>
        <source>No date</source>
        <translation>Нет даты</translation>
    </message>
    <message>
        <location filename="../../gui/date_field.py" line="99"/>
        <source>Type a date such as {example}; Alt+Down or F4 opens a calendar</source>
        <translation>Введите дату, например {example}; Alt+Вниз или F4 открывает календарь</translation>
    </message>
    <message>
        <location filename="../../gui/date_field.py" line="103"/>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Вниз)</translation>
    </message>
    <message>
        <location filename="../../gui/date_field.py" line="104"/>
        <source>Clear the date (Delete)</source>
        <translation>Очистить дату (Delete)</translation>
    </message>
    <message>
        <location filename="../../gui/date_field.py" line="150"/>
        <source>«{text}» is not a date; type it as {example}. Not saved.</source>
        <translation>«{text}» — не дата; введите её так: {example}. Не сохранено.</translation>
    </message>
    <message>
        <location filename="../../gui/date_field.py" line="157"/>
        <source>{date} is out of range: type a date from {first} to {last}. Not saved.</source>
        <translation>{date} — вне допустимых пределов: введите дату с {first} по {last}. Не сохранено.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../gui/detail.py" line="105"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../gui/detail.py" line="106"/>
        <source>&amp;Kind</source>
        <translation>В&amp;ид</translation>
    </message>
    <message>
        <location filename="../../gui/detail.py" line="107"/>
        <source>&amp;Status</source>
        <translation>Ст&amp;атус</translation>
    </message>
    <message>
        <location filename="../../gui/detail.py" line="108"/>
        <source>Te&amp;xt</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../../gui/detail.py" line="109"/>
        <source>P&amp;resenter</source>
        <translation>&amp;Докладчик</translation>
    </message>
    <message>
        <location filename="../../gui/detail.py" line="110"/>
        <source>Organ&amp;isation</source>
        <translation>Организа&amp;ция</translation>
    </message>
    <message>
        <location filename="../../gui/detail.py" line="111"/>
        <source>Responsi&amp;ble</source>
        <translation>Отв&amp;етственный</translation>
    </message>
    <message>
        <location filename="../../gui/detail.py" line="112"/>
        <source>&amp;Deadline</source>
        <translation>С&amp;рок</translation>
    </message>
    <message>
        <location filename="../../gui/detail.py" line="113"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location filename="../../gui/detail.py" line="118"/>
        <source>comma separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../gui/detail.py" line="119"/>
        <source>Select a proposal to see and edit its details.</source>
        <translation>Выберите запись, чтобы увидеть и изменить её поля.</translation>
    </message>
    <message>
        <location filename="../../gui/detail.py" line="120"/>
        <source>Proposal details</source>
        <translation>Поля записи</translation>
    </message>
    <message>
        <location filename="../../gui/detail.py" line="121"/>
        <source>Merged from</source>
        <translation>Объединено из</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../exchange/archive.py" line="72"/>
        <location filename="../../exchange/files.py" line="22"/>
        <source>{file}: the file is too large ({size} bytes).</source>
        <translation>{file}: файл слишком велик ({size} байт).</translation>
    </message>
    <message>
        <location filename="../../exchange/archive.py" line="92"/>
        <source>{file}: too many members.</source>
        <translation>{file}: слишком много вложенных файлов.</translation>
    </message>
    <message>
        <location filename="../../exchange/archive.py" line="101"/>
        <source>the path points outside the archive.</source>
        <translation>путь указывает за пределы архива.</translation>
    </message>
    <message>
        <location filename="../../exchange/archive.py" line="107"/>
        <source>not a member this kind of file may hold.</source>
        <translation>такой файл не может содержаться в файле этого типа.</translation>
    </message>
    <message>
        <location filename="../../exchange/archive.py" line="110"/>
        <source>appears twice.</source>
        <translation>встречается дважды.</translation>
    </message>
    <message>
        <location filename="../../exchange/archive.py" line="169"/>
        <source>too deep, too long or too many values.</source>
        <translation>слишком глубокая вложенность, слишком длинный текст или слишком много значений.</translation>
    </message>
    <message>
        <location filename="../../exchange/archive.py" line="61"/>
        <location filename="../../exchange/archive.py" line="114"/>
        <source>too large.</source>
        <translation>слишком велик.</translation>
    </message>
    <message>
        <location filename="../../exchange/archive.py" line="119"/>
        <source>stored in a way this version cannot read.</source>
        <translation>записан способом, который эта версия не умеет читать.</translation>
    </message>
    <message>
        <location filename="../../exchange/archive.py" line="136"/>
        <source>its size does not match the archive&apos;s directory.</source>
        <translation>его размер не совпадает с оглавлением архива.</translation>
    </message>
    <message>
        <location filename="../../exchange/archive.py" line="148"/>
        <location filename="../../exchange/archive.py" line="183"/>
        <source>not valid JSON.</source>
        <translation>некорректный JSON.</translation>
    </message>
    <message>
        <location filename="../../exchange/checks.py" line="62"/>
        <source>the record belongs to another platform.</source>
        <translation>запись относится к другой площадке.</translation>
    </message>
    <message>
        <location filename="../../exchange/checks.py" line="83"/>
        <source>{field} refers to a record that does not exist.</source>
        <translation>{field} ссылается на несуществующую запись.</translation>
    </message>
    <message>
        <location filename="../../exchange/checks.py" line="121"/>
        <source>a platform may not change a guest or a participant of another platform.</source>
        <translation>площадка не может изменять гостя или участника другой площадки.</translation>
    </message>
    <message>
        <location filename="../../exchange/checks.py" line="172"/>
        <source>it clashes with a record already in the session (same {table} under another id, or moved to another platform).</source>
        <translation>она противоречит записи, уже имеющейся в сессии (тот же объект {table} под другим идентификатором или перенесённый на другую площадку).</translation>
    </message>
    <message>
        <location filename="../../exchange/codec.py" line="86"/>
        <source>its columns are not those of this version.</source>
        <translation>его столбцы не соответствуют этой версии.</translation>
    </message>
    <message>
        <location filename="../../exchange/codec.py" line="90"/>
        <source>it holds no list of rows.</source>
        <translation>в нём нет списка строк.</translation>
    </message>
    <message>
        <location filename="../../exchange/codec.py" line="130"/>
        <source>the row does not have the expected values.</source>
        <translation>в строке нет ожидаемых значений.</translation>
    </message>
    <message>
        <location filename="../../exchange/codec.py" line="139"/>
        <location filename="../../exchange/values.py" line="125"/>
        <source>the value of {field} is invalid.</source>
        <translation>недопустимое значение {field}.</translation>
    </message>
    <message>
        <location filename="../../exchange/codec.py" line="144"/>
        <source>the id repeats.</source>
        <translation>идентификатор повторяется.</translation>
    </message>
    <message>
        <location filename="../../exchange/codec.py" line="146"/>
        <source>a value is invalid.</source>
        <translation>недопустимое значение.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="23"/>
        <source>{file}: the file is damaged or truncated, or is not a Facilitator file.</source>
        <translation>{file}: файл повреждён, обрезан или не является файлом Facilitator.</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="32"/>
        <source>{file}: {member}: {reason}</source>
        <translation>{file}: {member}: {reason}</translation>
    </message>
    <message>
        <location filename="../../exchange/errors.py" line="41"/>
        <source>{file}: {table}, row {row}: {reason}</source>
        <translation>{file}: {table}, строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../exchange/files.py" line="29"/>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: не удаётся прочитать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../exchange/files.py" line="51"/>
        <source>{file}: cannot be written ({reason}).</source>
        <translation>{file}: не удаётся записать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../exchange/incoming.py" line="142"/>
        <source>{file} belongs to another session, not to this one.</source>
        <translation>{file} относится к другой сессии, а не к этой.</translation>
    </message>
    <message>
        <location filename="../../exchange/incoming.py" line="148"/>
        <source>{file} comes from a platform this session does not have.</source>
        <translation>{file} получен с площадки, которой нет в этой сессии.</translation>
    </message>
    <message>
        <location filename="../../exchange/incoming.py" line="73"/>
        <location filename="../../exchange/incoming.py" line="230"/>
        <location filename="../../exchange/manifest.py" line="192"/>
        <source>{file}: the manifest is invalid ({key}).</source>
        <translation>{file}: некорректный манифест ({key}).</translation>
    </message>
    <message>
        <location filename="../../exchange/incoming.py" line="120"/>
        <source>{file} is not signed; only bundles signed with a platform kit&apos;s key are accepted.</source>
        <translation>{file} не подписан; принимаются только пакеты, подписанные ключом из комплекта площадки.</translation>
    </message>
    <message>
        <location filename="../../exchange/incoming.py" line="189"/>
        <source>{file} says it comes from platform {number} but is signed with the key of platform {other}.</source>
        <translation>{file} заявлен как пакет площадки {number}, но подписан ключом площадки {other}.</translation>
    </message>
    <message>
        <location filename="../../exchange/incoming.py" line="132"/>
        <location filename="../../exchange/incoming.py" line="177"/>
        <source>{file}: the signature is not valid; the bundle was changed or forged.</source>
        <translation>{file}: подпись недействительна; пакет изменён или подделан.</translation>
    </message>
    <message>
        <location filename="../../exchange/incoming.py" line="63"/>
        <source>{file} comes from platform «{title}», which was deleted in this session after its kit was made. Restore the platform, then merge the file again.</source>
        <translation>{file} пришёл с площадки «{title}», которую удалили в этой сессии после подготовки её комплекта. Восстановите площадку, затем объедините файл снова.</translation>
    </message>
    <message>
        <location filename="../../exchange/incoming.py" line="160"/>
        <source>{file} is signed with a kit of platform {number} «{title}» that was revoked on {date} (a lost or replaced kit), so it is not merged. Results of the platform come in bundles of its replacement kit.</source>
        <translation>{file} подписан комплектом площадки {number} «{title}», отозванным {date} (потерянный или заменённый комплект), поэтому не объединён. Результаты площадки принимаются в пакетах её нового комплекта.</translation>
    </message>
    <message>
        <location filename="../../exchange/incoming.py" line="203"/>
        <source>{file}: no kit was issued for platform {number} in this session, so its bundles cannot be trusted.</source>
        <translation>{file}: для площадки {number} в этой сессии не выдавался комплект, поэтому её пакетам нельзя доверять.</translation>
    </message>
    <message>
        <location filename="../../exchange/incoming.py" line="212"/>
        <source>{file} is signed with a key that no kit of this session carries.</source>
        <translation>{file} подписан ключом, которого нет ни в одном комплекте этой сессии.</translation>
    </message>
    <message>
        <location filename="../../exchange/incoming.py" line="225"/>
        <location filename="../../exchange/kit.py" line="196"/>
        <location filename="../../exchange/manifest.py" line="187"/>
        <source>missing.</source>
        <translation>отсутствует.</translation>
    </message>
    <message>
        <location filename="../../exchange/incoming.py" line="240"/>
        <source>a bundle may not carry this; only the platform&apos;s own records.</source>
        <translation>пакет не может содержать это; только собственные записи площадки.</translation>
    </message>
    <message>
        <location filename="../../exchange/kit.py" line="231"/>
        <source>{file}: the kit is incomplete or inconsistent; ask the secretariat for a new one.</source>
        <translation>{file}: комплект неполон или противоречив; запросите новый у секретариата.</translation>
    </message>
    <message>
        <location filename="../../exchange/laptop.py" line="34"/>
        <source>This session was not opened from a platform kit, so it cannot write a results bundle. Open the platform&apos;s kit first.</source>
        <translation>Эта сессия открыта не из комплекта площадки, поэтому не может записать пакет результатов. Сначала откройте комплект площадки.</translation>
    </message>
    <message>
        <location filename="../../exchange/laptop.py" line="46"/>
        <source>This is a platform&apos;s session (opened from a kit); kits are made and bundles merged in the secretariat&apos;s session.</source>
        <translation>Это сессия площадки (открыта из комплекта); комплекты создаются, а пакеты объединяются в сессии секретариата.</translation>
    </message>
    <message>
        <location filename="../../exchange/manifest.py" line="169"/>
        <source>not listed in the manifest, or not allowed here.</source>
        <translation>не указан в манифесте или здесь не допускается.</translation>
    </message>
    <message>
        <location filename="../../exchange/manifest.py" line="176"/>
        <source>{file}: the SHA-256 of {member} does not match the manifest: the file was changed or damaged.</source>
        <translation>{file}: SHA-256 файла {member} не совпадает с манифестом: файл изменён или повреждён.</translation>
    </message>
    <message>
        <location filename="../../exchange/manifest.py" line="201"/>
        <source>{file} is a platform kit, not a results bundle.</source>
        <translation>{file} — комплект площадки, а не пакет результатов.</translation>
    </message>
    <message>
        <location filename="../../exchange/manifest.py" line="205"/>
        <source>{file} is a results bundle, not a platform kit.</source>
        <translation>{file} — пакет результатов, а не комплект площадки.</translation>
    </message>
    <message>
        <location filename="../../exchange/manifest.py" line="211"/>
        <source>{file} was written by a newer version of Facilitator (format {found}; this version reads up to {known}). Please update.</source>
        <translation>{file} записан более новой версией Facilitator (формат {found}; эта версия читает до {known}). Обновите программу.</translation>
    </message>
    <message>
        <location filename="../../exchange/conflicts.py" line="79"/>
        <source>There is no such open conflict.</source>
        <translation>Такого неразрешённого конфликта нет.</translation>
    </message>
    <message>
        <location filename="../../exchange/conflicts.py" line="89"/>
        <source>Choose mine, theirs or an edit.</source>
        <translation>Выберите своё значение, значение площадки или правку.</translation>
    </message>
    <message>
        <location filename="../../exchange/combine.py" line="35"/>
        <source>Choose at least two live proposals that are not merged already.</source>
        <translation>Выберите хотя бы два неудалённых и ещё не объединённых предложения.</translation>
    </message>
    <message>
        <location filename="../../exchange/combine.py" line="124"/>
        <source>This proposal is not a merge to undo.</source>
        <translation>Это предложение не получено объединением, отменять нечего.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="231"/>
        <source>Folder for the platform kits</source>
        <translation>Папка для комплектов площадок</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="243"/>
        <source>Platform kits</source>
        <translation>Комплекты площадок</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/importing.py" line="51"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/importing.py" line="63"/>
        <source>Checking {count} bundle(s)…</source>
        <translation>Проверка пакетов: {count}…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/importing.py" line="65"/>
        <source>Merging {count} bundle(s)…</source>
        <translation>Объединение пакетов: {count}…</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/importing.py" line="70"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/importing.py" line="79"/>
        <source>Import results bundles</source>
        <translation>Импорт пакетов результатов</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/importing.py" line="81"/>
        <source>Results bundles (*.fbundle)</source>
        <translation>Пакеты результатов (*.fbundle)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="76"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="77"/>
        <source>older (nothing reverts)</source>
        <translation>более старый (без отката)</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="78"/>
        <source>already imported</source>
        <translation>уже импортирован</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="79"/>
        <source>held: its clock runs ahead</source>
        <translation>отложен: его часы спешат</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="87"/>
        <location filename="../../gui/exchange/models.py" line="108"/>
        <location filename="../../gui/exchange/models.py" line="132"/>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="88"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="89"/>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="91"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="94"/>
        <location filename="../../gui/exchange/models.py" line="141"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="95"/>
        <location filename="../../gui/exchange/models.py" line="142"/>
        <source>Changed</source>
        <translation>Изменённые</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="96"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="97"/>
        <location filename="../../gui/exchange/models.py" line="145"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="109"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="110"/>
        <location filename="../../gui/exchange/models.py" line="157"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="111"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="113"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="121"/>
        <source>no kit issued</source>
        <translation>комплект не выдан</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="122"/>
        <source>no bundle yet</source>
        <translation>пакета ещё нет</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="131"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="134"/>
        <source>Last bundle</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="138"/>
        <source>Exported at</source>
        <translation>Время экспорта</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="143"/>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="144"/>
        <source>Votes</source>
        <translation>Голосования</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="146"/>
        <source>Missing</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="154"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="155"/>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/models.py" line="156"/>
        <source>Code</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../exchange/values.py" line="279"/>
        <source>its locked result cannot be counted from its figures: {reason}</source>
        <translation>его зафиксированный итог не следует из его данных: {reason}</translation>
    </message>
    <message>
        <location filename="../../exchange/open_votes.py" line="115"/>
        <source>{file}: platform {platform} «{title}», the open vote on {items} (round {round}), item {item}: {reason} Nothing was merged; correct the figures on the laptop of the platform and export its results again.</source>
        <translation>{file}: площадка {platform} «{title}», открытое голосование по {items} (тур {round}), пункт {item}: {reason} Ничего не объединено; исправьте цифры на ноутбуке площадки и выгрузите её результаты заново.</translation>
    </message>
    <message>
        <location filename="../../exchange/open_votes.py" line="122"/>
        <source>{file}: platform {platform} «{title}», the open vote on {items} (round {round}): {reason} Nothing was merged; correct the vote on the laptop of the platform and export its results again.</source>
        <translation>{file}: площадка {platform} «{title}», открытое голосование по {items} (тур {round}): {reason} Ничего не объединено; исправьте голосование на ноутбуке площадки и выгрузите её результаты заново.</translation>
    </message>
    <message>
        <location filename="../../exchange/open_votes.py" line="143"/>
        <source>The results cannot be exported: the open vote on {items} (round {round}), item {item}: {reason} Correct the figures or the attendance, then export again.</source>
        <translation>Результаты нельзя выгрузить: открытое голосование по {items} (тур {round}), пункт {item}: {reason} Исправьте цифры или явку и выгрузите снова.</translation>
    </message>
    <message>
        <location filename="../../exchange/open_votes.py" line="149"/>
        <source>The results cannot be exported: the open vote on {items} (round {round}): {reason} Correct the vote or the attendance, then export again.</source>
        <translation>Результаты нельзя выгрузить: открытое голосование по {items} (тур {round}): {reason} Исправьте голосование или явку и выгрузите снова.</translation>
    </message>
    <message>
        <location filename="../../exchange/sealing.py" line="46"/>
        <source>The passphrase is too short: use at least {count} characters (a few words are easier to type than a random string).</source>
        <translation>Парольная фраза слишком короткая: нужно не меньше {count} знаков (несколько слов набрать проще, чем случайные символы).</translation>
    </message>
    <message>
        <location filename="../../exchange/sealing.py" line="122"/>
        <source>{file} is protected by a passphrase: enter the one the secretariat gave.</source>
        <translation>Комплект {file} защищён парольной фразой: введите фразу, которую дал секретариат.</translation>
    </message>
    <message>
        <location filename="../../exchange/sealing.py" line="131"/>
        <source>The passphrase does not fit the kit {file} (or the kit was changed after it was written). Check the keyboard layout and Caps Lock, and try again; a lost passphrase cannot be recovered: ask the secretariat for a new kit.</source>
        <translation>Парольная фраза не подходит к комплекту {file} (или комплект изменён после записи). Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз; утерянную фразу восстановить нельзя — попросите в секретариате новый комплект.</translation>
    </message>
</context>
<context>
    <name>ExchangeHub</name>
    <message>
        <location filename="../../gui/exchange/hub.py" line="57"/>
        <source>Platform kits written: {count}, into {folder}</source>
        <translation>Комплекты площадок записаны: {count}, в {folder}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/hub.py" line="74"/>
        <source>Folder to watch for bundles</source>
        <translation>Папка, в которой ждать пакеты</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/hub.py" line="99"/>
        <source>New results bundles</source>
        <translation>Новые пакеты результатов</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/hub.py" line="100"/>
        <source>New results bundles have arrived:
{names}

Import them now?</source>
        <translation>Пришли новые пакеты результатов:
{names}

Импортировать их сейчас?</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/hub.py" line="117"/>
        <source>Revoke kits</source>
        <translation>Отзыв комплектов</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/hub.py" line="118"/>
        <source>Revoke every kit issued so far for the platform (a lost or stolen stick):</source>
        <translation>Отозвать все выданные до сих пор комплекты площадки (потерянная или украденная флешка):</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/hub.py" line="131"/>
        <source>Kits of platform {number} revoked: {count}</source>
        <translation>Отозвано комплектов площадки {number}: {count}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/hub.py" line="134"/>
        <source>Write the replacement kit</source>
        <translation>Записать новый комплект</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/hub.py" line="136"/>
        <source>Platform kits (*{ext})</source>
        <translation>Комплекты площадок (*{ext})</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/hub.py" line="149"/>
        <source>Replacement kit written to {path}</source>
        <translation>Новый комплект записан в {path}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/hub.py" line="170"/>
        <source>Export results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/hub.py" line="172"/>
        <source>Results bundles (*{ext})</source>
        <translation>Пакеты результатов (*{ext})</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/hub.py" line="183"/>
        <location filename="../../gui/exchange/hub.py" line="204"/>
        <source>Results written to {path}</source>
        <translation>Результаты записаны в {path}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/hub.py" line="187"/>
        <source>Write the results bundle into this folder after each change</source>
        <translation>Записывать пакет результатов в эту папку после каждого изменения</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../export/selection.py" line="47"/>
        <source>The number of top items ({value}) is negative.</source>
        <translation>Число лучших пунктов ({value}) отрицательно.</translation>
    </message>
    <message>
        <location filename="../../export/selection.py" line="65"/>
        <source>“{section}” is not a section of the resolution.</source>
        <translation>«{section}» — не раздел резолюции.</translation>
    </message>
    <message>
        <location filename="../../export/template.py" line="41"/>
        <source>The template {path} does not exist.</source>
        <translation>Шаблона {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../export/template.py" line="47"/>
        <source>The template {path} is not a Word document (.docx).</source>
        <translation>Шаблон {path} не является документом Word (.docx).</translation>
    </message>
    <message>
        <location filename="../../export/template.py" line="64"/>
        <source>— “{style}”: add a paragraph style of this name</source>
        <translation>— «{style}»: добавьте стиль абзаца с этим именем</translation>
    </message>
    <message>
        <location filename="../../export/template.py" line="65"/>
        <source>— “{style}”: add a character style of this name</source>
        <translation>— «{style}»: добавьте стиль знака с этим именем</translation>
    </message>
    <message>
        <location filename="../../export/template.py" line="66"/>
        <source>— “{style}”: add a table style of this name</source>
        <translation>— «{style}»: добавьте стиль таблицы с этим именем</translation>
    </message>
    <message>
        <location filename="../../export/template.py" line="69"/>
        <source>— “{style}”: it should be a paragraph style</source>
        <translation>— «{style}»: это должен быть стиль абзаца</translation>
    </message>
    <message>
        <location filename="../../export/template.py" line="70"/>
        <source>— “{style}”: it should be a character style</source>
        <translation>— «{style}»: это должен быть стиль знака</translation>
    </message>
    <message>
        <location filename="../../export/template.py" line="71"/>
        <source>— “{style}”: it should be a table style</source>
        <translation>— «{style}»: это должен быть стиль таблицы</translation>
    </message>
    <message>
        <location filename="../../export/template.py" line="91"/>
        <source>The template {path} lacks styles the export needs:
{styles}
Mend it in Word, or export with the default template.</source>
        <translation>В шаблоне {path} нет нужных для экспорта стилей:
{styles}
Исправьте шаблон в Word или выполните экспорт с шаблоном по умолчанию.</translation>
    </message>
    <message>
        <location filename="../../export/docx_writer.py" line="281"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../export/api.py" line="51"/>
        <source>There is no platform number {number} in this session.</source>
        <translation>В этой сессии нет площадки номер {number}.</translation>
    </message>
    <message>
        <location filename="../../export/api.py" line="87"/>
        <source>The output file {path} should end in .docx.</source>
        <translation>Имя выходного файла {path} должно оканчиваться на .docx.</translation>
    </message>
    <message>
        <location filename="../../export/api.py" line="92"/>
        <source>The folder {path} does not exist.</source>
        <translation>Папки {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../export/api.py" line="100"/>
        <source>The export was cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <location filename="../../export/api.py" line="108"/>
        <source>The PDF was cancelled: {path} is written, its PDF is not.</source>
        <translation>Создание PDF отменено: файл {path} записан, PDF — нет.</translation>
    </message>
    <message>
        <location filename="../../export/pdf.py" line="95"/>
        <source>PDF needs LibreOffice, which is not installed. Install it (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation; Windows and macOS: from libreoffice.org) and try again, or open the .docx in Word and save it as PDF.</source>
        <translation>Для PDF нужен LibreOffice, а он не установлен. Установите его (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation; Windows и macOS: с сайта libreoffice.org) и повторите попытку или откройте .docx в Word и сохраните как PDF.</translation>
    </message>
    <message>
        <location filename="../../export/pdf.py" line="186"/>
        <source>LibreOffice could not convert {path} to PDF: {reason}</source>
        <translation>LibreOffice не удалось преобразовать {path} в PDF: {reason}</translation>
    </message>
    <message>
        <location filename="../../export/notices.py" line="25"/>
        <source>Voting is not finished on these items: {codes}. The document says “voting not finished” for them and counts them as neither adopted nor rejected. Close their votes and export again to print the results.</source>
        <translation>Голосование не завершено по пунктам: {codes}. В документе о них сказано «голосование не завершено», они не считаются ни принятыми, ни отклонёнными. Чтобы напечатать итоги, закройте эти голосования и выполните экспорт снова.</translation>
    </message>
    <message>
        <location filename="../../export/notices.py" line="39"/>
        <source>The session has no proposals yet: the resolution is written with its fixed parts only.</source>
        <translation>В сессии пока нет предложений: резолюция записана только с постоянными разделами.</translation>
    </message>
    <message>
        <location filename="../../export/notices.py" line="45"/>
        <source>Platform {platform} has no proposals yet: its protocol lists none.</source>
        <translation>На площадке {platform} пока нет предложений: в её протоколе их нет.</translation>
    </message>
    <message>
        <location filename="../../export/notices.py" line="49"/>
        <source>Nothing is adopted in this session yet: the resolution has no adopted items.</source>
        <translation>В сессии пока ничего не принято: в резолюции нет принятых пунктов.</translation>
    </message>
    <message>
        <location filename="../../export/notices.py" line="54"/>
        <source>Nothing is adopted on platform {platform} yet.</source>
        <translation>На площадке {platform} пока ничего не принято.</translation>
    </message>
    <message>
        <location filename="../../export/protocol.py" line="252"/>
        <source>Platform {platform} has no moderator: the protocol leaves the name of the chair blank. Set the moderator in the session setup.</source>
        <translation>У площадки {platform} не указан модератор: в протоколе место для имени председательствующего оставлено пустым. Укажите модератора в настройке сессии.</translation>
    </message>
    <message>
        <location filename="../../export/protocol.py" line="263"/>
        <source>Platform {platform} has no secretary: the protocol leaves the name of the secretary blank. Set the secretary in the session setup or with “facilitator platforms set PATH {platform} --secretary NAME”.</source>
        <translation>У площадки {platform} не указан секретарь: в протоколе место для имени секретаря оставлено пустым. Укажите секретаря в настройке сессии или командой «facilitator platforms set PATH {platform} --secretary ФИО».</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="100"/>
        <location filename="../../gui/resolution/export_dialog.py" line="246"/>
        <location filename="../../gui/resolution/export_dialog.py" line="303"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="103"/>
        <source>&amp;What:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="103"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="103"/>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="107"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="108"/>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="109"/>
        <source>&amp;Default</source>
        <translation>По &amp;умолчанию</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="110"/>
        <source>The default template (ГОСТ Р 7.0.97)</source>
        <translation>Стандартный шаблон (ГОСТ Р 7.0.97)</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="111"/>
        <source>Also save as &amp;PDF</source>
        <translation>Также сохранить в &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="112"/>
        <source>&amp;Open the file when done</source>
        <translation>&amp;Открыть файл по завершении</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="113"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="115"/>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="116"/>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="117"/>
        <source>Choose the file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="118"/>
        <location filename="../../gui/resolution/export_dialog.py" line="183"/>
        <source>Word template</source>
        <translation>Шаблон Word</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="119"/>
        <source>Choose a template</source>
        <translation>Выбрать шаблон</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="120"/>
        <source>Use the default template</source>
        <translation>Использовать стандартный шаблон</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="121"/>
        <source>Also save as PDF</source>
        <translation>Также сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="122"/>
        <source>Open the file when done</source>
        <translation>Открыть файл по завершении</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="141"/>
        <source>The resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="143"/>
        <source>Protocol of platform {number}: {title}</source>
        <translation>Протокол площадки {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="159"/>
        <source>PDF needs LibreOffice, which is not installed. Install it (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation; Windows and macOS: from libreoffice.org), then open this window again.</source>
        <translation>Для PDF нужен LibreOffice, а он не установлен. Установите его (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation; Windows и macOS: с сайта libreoffice.org), затем снова откройте это окно.</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="175"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="175"/>
        <location filename="../../gui/resolution/export_dialog.py" line="183"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="207"/>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="221"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="246"/>
        <source>{path} exists. Replace it?</source>
        <translation>{path} уже существует. Заменить?</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="260"/>
        <source>Writing {name} and its PDF…</source>
        <translation>Запись {name} и его PDF…</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="262"/>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="274"/>
        <source>Saved {paths}</source>
        <translation>Сохранено: {paths}</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="296"/>
        <source>Could not write {path}: {reason}. If the file is open in Word, close it and export again.</source>
        <translation>Не удалось записать {path}: {reason}. Если файл открыт в Word, закройте его и повторите экспорт.</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/export_dialog.py" line="300"/>
        <source>The export failed: {error}</source>
        <translation>Экспорт не удался: {error}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../gui/files.py" line="25"/>
        <source>Facilitator session</source>
        <translation>Сессия Facilitator</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="26"/>
        <source>Platform kit</source>
        <translation>Комплект площадки</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="27"/>
        <source>Results bundle</source>
        <translation>Пакет результатов</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="28"/>
        <source>Word document</source>
        <translation>Документ Word</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="29"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="30"/>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="31"/>
        <source>CSV table</source>
        <translation>Таблица CSV</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="49"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="54"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../gui/files.py" line="55"/>
        <source>{suffix} file</source>
        <translation>Файл {suffix}</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../gui/importer.py" line="77"/>
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <location filename="../../gui/importer.py" line="78"/>
        <source>Importing {file}…</source>
        <translation>Импорт {file}…</translation>
    </message>
    <message>
        <location filename="../../gui/importer.py" line="79"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <location filename="../../gui/lineage.py" line="20"/>
        <source>Merged into {code} «{title}»</source>
        <translation>Объединено в {code} «{title}»</translation>
    </message>
    <message>
        <location filename="../../gui/lineage.py" line="27"/>
        <source>platform {number}: «{title}»</source>
        <translation>площадка {number}: «{title}»</translation>
    </message>
    <message>
        <location filename="../../gui/lineage.py" line="32"/>
        <source>Merged from {parts}</source>
        <translation>Объединено из предложений — {parts}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="147"/>
        <source>Changes made from the command line that can be undone (Edit → Undo, Ctrl+Z): {count}.</source>
        <translation>Изменений из командной строки, которые можно отменить (Правка → Отменить, Ctrl+Z): {count}.</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="199"/>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="200"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="201"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="202"/>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="204"/>
        <source>Platforms&apos; results</source>
        <translation>Результаты площадок</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="205"/>
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="267"/>
        <source>{title} — Facilitator (read-only)</source>
        <translation>{title} — Facilitator (только чтение)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="269"/>
        <source>{title} — Facilitator</source>
        <translation>{title} — Facilitator</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="274"/>
        <source>Read-only: to edit, save a copy (File → Save a copy as…)</source>
        <translation>Только чтение: чтобы вносить изменения, сохраните копию (Файл → Сохранить копию как…)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="277"/>
        <source>All changes saved at {time}</source>
        <translation>Все изменения сохранены в {time}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="281"/>
        <source>Last change NOT saved</source>
        <translation>Последнее изменение НЕ сохранено</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <location filename="../../gui/exchange/merge_preview.py" line="27"/>
        <source>One {kind} «{title}», {status}, will stand for:</source>
        <translation>Вместо них будет одна запись — {kind} «{title}», статус «{status}»:</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/merge_preview.py" line="41"/>
        <source>The kinds differ: the merged entry takes the first one&apos;s kind.</source>
        <translation>Виды записей различаются: объединённая запись получит вид первой.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/merge_preview.py" line="47"/>
        <source>The originals are marked merged and keep their votes; Undo brings them back.</source>
        <translation>Исходные записи отмечаются как объединённые и сохраняют свои голоса; отмена (Ctrl+Z) возвращает их.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/merge_preview.py" line="59"/>
        <source>dots are added up: {dots} in all</source>
        <translation>стикеры складываются: всего {dots}</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/merge_preview.py" line="65"/>
        <source>for/against counts stay with each original</source>
        <translation>подсчёты «за/против» остаются у каждой исходной записи</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/merge_preview.py" line="68"/>
        <source>Votes: {what}.</source>
        <translation>Голоса: {what}.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/merge_preview.py" line="70"/>
        <source>No votes yet.</source>
        <translation>Голосов пока нет.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/merge_preview.py" line="76"/>
        <source>Merge the group</source>
        <translation>Объединить группу</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/merge_preview.py" line="85"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="57"/>
        <source>Import results bundles</source>
        <translation>Импорт пакетов результатов</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="60"/>
        <source>Check what the import will do, then apply it.</source>
        <translation>Проверьте, что изменит импорт, и примените его.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="69"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="79"/>
        <source>{file}: the clock of the laptop runs {hours} hours ahead of this computer. Applying accepts its times, and the clock of this session moves forward with them.</source>
        <translation>{file}: часы ноутбука спешат на {hours} ч относительно этого компьютера. Если применить, его время будет принято, и часы этой сессии уйдут вперёд вместе с ним.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="86"/>
        <source>{number} «{title}» will be shown as {shown_as}: another proposal of the platform, made earlier, has that number.</source>
        <translation>{number} «{title}» будет показываться как {shown_as}: этот номер уже у другого предложения площадки, записанного раньше.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../cli/session.py" line="157"/>
        <location filename="../../importing/tabular.py" line="55"/>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: не удаётся прочитать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../cli/session.py" line="166"/>
        <source>{file}, line {line}: this looks like a table (columns separated by “;” or a tab); give a text file with one platform title a line.</source>
        <translation>{file}, строка {line}: похоже на таблицу (столбцы разделены «;» или табуляцией); укажите текстовый файл с одним названием площадки в строке.</translation>
    </message>
    <message>
        <location filename="../../importing/columns.py" line="78"/>
        <source>{file}: no “{column}” column (the header row has: {found}).</source>
        <translation>{file}: нет столбца «{column}» (в строке заголовков: {found}).</translation>
    </message>
    <message>
        <location filename="../../importing/attendance.py" line="58"/>
        <source>Nothing was marked.
{problems}
The platform&apos;s participants: facilitator participants list SESSION --platform {number}</source>
        <translation>Ничего не отмечено.
{problems}
Участники площадки: facilitator participants list СЕССИЯ --platform {number}</translation>
    </message>
    <message>
        <location filename="../../importing/attendance.py" line="82"/>
        <source>“{name}” is not a participant of platform {number}</source>
        <translation>«{name}» — не участник площадки {number}</translation>
    </message>
    <message>
        <location filename="../../importing/attendance.py" line="89"/>
        <source>{problem}; did you mean: {names}?</source>
        <translation>{problem}; возможно, имелись в виду: {names}?</translation>
    </message>
    <message>
        <location filename="../../importing/attendance.py" line="95"/>
        <location filename="../../importing/columns.py" line="110"/>
        <source>row {row}: {problem}</source>
        <translation>строка {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../importing/columns.py" line="114"/>
        <source>row {row}, column “{column}”: {problem}</source>
        <translation>строка {row}, столбец «{column}»: {problem}</translation>
    </message>
    <message>
        <location filename="../../importing/columns.py" line="127"/>
        <source>…and {count} more.</source>
        <translation>…и ещё {count}.</translation>
    </message>
    <message>
        <location filename="../../importing/columns.py" line="129"/>
        <source>{file}: nothing was imported.
{problems}</source>
        <translation>{file}: ничего не импортировано.
{problems}</translation>
    </message>
    <message>
        <location filename="../../importing/report.py" line="27"/>
        <source>{file}: nothing added, all {skipped} rows are already there.</source>
        <translation>{file}: ничего не добавлено, все строки ({skipped}) уже есть.</translation>
    </message>
    <message>
        <location filename="../../importing/report.py" line="35"/>
        <source>{file}: {added} added, {skipped} already there.</source>
        <translation>{file}: добавлено {added}, уже были {skipped}.</translation>
    </message>
    <message>
        <location filename="../../importing/report.py" line="42"/>
        <source>{text}
Marked present: {count}.</source>
        <translation>{text}
Отмечено присутствующих: {count}.</translation>
    </message>
    <message>
        <location filename="../../importing/report.py" line="49"/>
        <source>{text}
Columns not recognised and left out: {columns}.</source>
        <translation>{text}
Нераспознанные и пропущенные столбцы: {columns}.</translation>
    </message>
    <message>
        <location filename="../../importing/tabular.py" line="62"/>
        <source>{file}: the file is empty (no header row).</source>
        <translation>{file}: файл пуст (нет строки заголовков).</translation>
    </message>
    <message>
        <location filename="../../importing/tabular.py" line="96"/>
        <source>{file}: this is not a text (CSV) or XLSX file.</source>
        <translation>{file}: это не текстовый файл (CSV) и не файл XLSX.</translation>
    </message>
    <message>
        <location filename="../../importing/tabular.py" line="106"/>
        <source>{file}: line {line} is in another encoding than the rest (UTF-8 mixed with Windows-1251); save the file again in one encoding (UTF-8) and import it.</source>
        <translation>{file}: строка {line} в другой кодировке, чем остальные (UTF-8 вперемешку с Windows-1251); сохраните файл заново в одной кодировке (UTF-8) и импортируйте его.</translation>
    </message>
    <message>
        <location filename="../../importing/tabular.py" line="118"/>
        <source>{file}: unknown text encoding (expected UTF-8 or Windows-1251).</source>
        <translation>{file}: неизвестная кодировка текста (ожидается UTF-8 или Windows-1251).</translation>
    </message>
    <message>
        <location filename="../../importing/tabular.py" line="169"/>
        <source>{file}, row {row}: a cell is longer than {limit} characters; shorten it.</source>
        <translation>{file}, строка {row}: ячейка длиннее {limit} знаков; сократите её.</translation>
    </message>
    <message>
        <location filename="../../importing/tabular.py" line="178"/>
        <source>{file}: malformed CSV near row {row} ({reason}).</source>
        <translation>{file}: ошибка в CSV около строки {row} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../importing/tabular.py" line="195"/>
        <source>{file}: damaged or not an XLSX workbook.</source>
        <translation>{file}: файл повреждён или не является книгой XLSX.</translation>
    </message>
    <message>
        <location filename="../../services/participants.py" line="45"/>
        <source>There is no such participant.</source>
        <translation>Такого участника нет.</translation>
    </message>
    <message>
        <location filename="../../services/participants.py" line="140"/>
        <location filename="../../services/platforms.py" line="64"/>
        <location filename="../../services/proposals.py" line="169"/>
        <source>There is no such platform.</source>
        <translation>Такой площадки нет.</translation>
    </message>
    <message>
        <location filename="../../services/platforms.py" line="24"/>
        <source>This laptop captures for its own platform only (it was opened from that platform&apos;s kit).</source>
        <translation>На этом ноутбуке можно вести записи только своей площадки (сессия открыта из её комплекта).</translation>
    </message>
    <message>
        <location filename="../../services/platforms.py" line="36"/>
        <source>On a platform laptop the session, the platforms and the voting rules are read-only; the secretariat changes them.</source>
        <translation>На ноутбуке площадки сессия, площадки и правила голосования только для чтения; их меняет секретариат.</translation>
    </message>
    <message>
        <location filename="../../services/platforms.py" line="49"/>
        <source>This laptop changes the participants of its own platform only; guests and participants of other platforms are changed by the secretariat.</source>
        <translation>Этот ноутбук меняет только участников своей площадки; гостей и участников других площадок меняет секретариат.</translation>
    </message>
    <message>
        <location filename="../../services/platforms.py" line="72"/>
        <source>There is no platform number {number} in this session.</source>
        <translation>В этой сессии нет площадки номер {number}.</translation>
    </message>
    <message>
        <location filename="../../services/proposals.py" line="127"/>
        <source>There is no such proposal.</source>
        <translation>Такой записи нет.</translation>
    </message>
    <message>
        <location filename="../../services/proposals.py" line="144"/>
        <source>There is no proposal {code} in this session (a number is the platform&apos;s and the proposal&apos;s, such as 3.12).</source>
        <translation>В этой сессии нет предложения {code} (номер — это номер площадки и номер предложения, например 3.12).</translation>
    </message>
    <message>
        <location filename="../../services/records.py" line="156"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/validate.py" line="35"/>
        <source>The {field} is too long: {length} characters, at most {limit} are kept.</source>
        <translation>Поле «{field}» слишком длинное: {length} символов, допускается не больше {limit}.</translation>
    </message>
    <message>
        <location filename="../../services/validate.py" line="50"/>
        <source>The {field} must not be empty.</source>
        <translation>Поле «{field}» не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../services/validate.py" line="76"/>
        <source>The {field} “{value}” is not a date (expected YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>Поле «{field}»: «{value}» — не дата (ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
        <location filename="../../services/validate.py" line="91"/>
        <source>“{value}” is not a kind of proposal (expected one of: {known}).</source>
        <translation>«{value}» — не вид записи (ожидается одно из: {known}).</translation>
    </message>
    <message>
        <location filename="../../services/validate.py" line="95"/>
        <source>problem, proposal, initiative, resolution_item</source>
        <translation>проблема, предложение, инициатива, пункт резолюции</translation>
    </message>
    <message>
        <location filename="../../services/validate.py" line="106"/>
        <source>“{value}” is not a status (expected one of: {known}).</source>
        <translation>«{value}» — не статус (ожидается одно из: {known}).</translation>
    </message>
    <message>
        <location filename="../../services/validate.py" line="109"/>
        <source>draft, voting, adopted, rejected, withdrawn, merged</source>
        <translation>черновик, на голосовании, принято, отклонено, снято, объединено</translation>
    </message>
    <message>
        <location filename="../../services/validate.py" line="128"/>
        <source>“{value}” is not a presence mark (write да or нет, + or −, 1 or 0).</source>
        <translation>«{value}» — не отметка явки (пишите да или нет, + или −, 1 или 0).</translation>
    </message>
    <message>
        <location filename="../../services/validate.py" line="142"/>
        <source>The {field} “{value}” is not a positive whole number.</source>
        <translation>Поле «{field}»: «{value}» — не целое положительное число.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="220"/>
        <source>{path} already exists.</source>
        <translation>{path} уже существует.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="323"/>
        <source>{path} was written by a newer version of Facilitator (schema {found}, this version reads up to {known}). Please update.</source>
        <translation>{path} записан более новой версией Facilitator (схема {found}, эта версия читает до {known}). Обновите программу.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="262"/>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="374"/>
        <source>{path} has saved changes that are not yet folded into the file (they are in {wal}), and this drive cannot be written, so they cannot be read here. Copy both files to a folder you can write to, then open the copy.</source>
        <translation>В {path} есть сохранённые изменения, которые ещё не перенесены в сам файл (они в {wal}), а на этот носитель нельзя записывать, поэтому прочитать их здесь невозможно. Скопируйте оба файла в папку, доступную для записи, и откройте копию.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="402"/>
        <source>{path} was written by an older version of Facilitator and must be upgraded before it can be read. Open it for writing once (in the app, on a drive you can write to).</source>
        <translation>{path} записан более старой версией Facilitator и должен быть обновлён, прежде чем его можно будет прочитать. Откройте его один раз для записи (в приложении, на диске, доступном для записи).</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="474"/>
        <source>{path} could not be upgraded to this version of Facilitator ({reason}). The file is unchanged; a copy was kept at {backup}.</source>
        <translation>Не удалось обновить {path} до этой версии Facilitator ({reason}). Файл не изменён; копия сохранена в {backup}.</translation>
    </message>
    <message>
        <location filename="../../store/db.py" line="496"/>
        <source>{path} is not a Facilitator session file.</source>
        <translation>{path} не является файлом сессии Facilitator.</translation>
    </message>
    <message>
        <location filename="../../store/faults.py" line="29"/>
        <source>{path} is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Файл {path} занят: в него записывает другая программа. Ничего не изменено; повторите через несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../store/faults.py" line="34"/>
        <source>{path} is read-only: changes cannot be saved to it, and nothing was changed. Save a copy in a folder you can write to, or make the file writable.</source>
        <translation>Файл {path} доступен только для чтения: изменения в нём сохранить нельзя, ничего не изменено. Сохраните копию в папку, доступную для записи, или снимите с файла защиту от записи.</translation>
    </message>
    <message>
        <location filename="../../store/faults.py" line="39"/>
        <source>The disk holding {path} is full: the change was not saved. Free some space, then try again; everything saved before is intact.</source>
        <translation>Диск, на котором находится {path}, заполнен: изменение не сохранено. Освободите место и повторите; всё сохранённое ранее цело.</translation>
    </message>
    <message>
        <location filename="../../store/faults.py" line="44"/>
        <source>{path} could not be read or written (a disk error): the change was not saved. Check the drive (is the USB stick still in?), then try again.</source>
        <translation>Не удалось прочитать или записать {path} (ошибка диска): изменение не сохранено. Проверьте носитель (вставлена ли флешка?) и повторите.</translation>
    </message>
    <message>
        <location filename="../../store/faults.py" line="49"/>
        <source>{path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>{path} повреждён и не может быть открыт. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../importing/votes.py" line="64"/>
        <source>The vote file has none of the known column sets (for/against/abstain, dots, effect/feasibility, voter/choice, ranking).</source>
        <translation>В файле голосования нет ни одного известного набора столбцов (за/против/воздержались, стикеры, эффект/реализуемость, голосующий/выбор, ранжирование).</translation>
    </message>
    <message>
        <location filename="../../importing/votes.py" line="81"/>
        <source>{file} was imported before: nothing changed.</source>
        <translation>{file} уже импортировался ранее: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../importing/votes.py" line="127"/>
        <source>this proposal is already counted in row {first}; keep one row</source>
        <translation>это предложение уже подсчитано в строке {first}; оставьте одну строку</translation>
    </message>
    <message>
        <location filename="../../importing/votes.py" line="191"/>
        <source>there is no proposal “{value}” on this platform</source>
        <translation>на этой площадке нет записи «{value}»</translation>
    </message>
    <message>
        <location filename="../../importing/votes.py" line="201"/>
        <source>the ranking is empty</source>
        <translation>ранжирование пусто</translation>
    </message>
    <message>
        <location filename="../../importing/votes.py" line="208"/>
        <source>“{value}” is not a participant of this platform</source>
        <translation>«{value}» — не участник этой площадки</translation>
    </message>
    <message>
        <location filename="../../importing/votes.py" line="213"/>
        <source>{name} is not marked present at platform {number}; mark them present: facilitator attendance SESSION --platform {number} --present &quot;{name}&quot;</source>
        <translation>участник {name} не отмечен как присутствующий на площадке {number}; отметьте присутствие: facilitator attendance СЕССИЯ --platform {number} --present &quot;{name}&quot;</translation>
    </message>
    <message>
        <location filename="../../importing/votes.py" line="229"/>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
    <message>
        <location filename="../../importing/votes.py" line="237"/>
        <source>“{value}” is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../importing/votes.py" line="244"/>
        <source>“{value}” is not a choice (for, against or abstain)</source>
        <translation>«{value}» — не вариант ответа (за, против или воздержались)</translation>
    </message>
    <message>
        <location filename="../../services/votes.py" line="70"/>
        <source>There is no such vote.</source>
        <translation>Такого голосования нет.</translation>
    </message>
    <message>
        <location filename="../../services/votes.py" line="88"/>
        <source>“{method}” is not a voting method.</source>
        <translation>«{method}» — не способ голосования.</translation>
    </message>
    <message>
        <location filename="../../services/votes.py" line="113"/>
        <source>Choose the proposals to vote on, each once.</source>
        <translation>Выберите записи для голосования, каждую по одному разу.</translation>
    </message>
    <message>
        <location filename="../../services/votes.py" line="123"/>
        <source>Only proposals of this platform can be put to its vote.</source>
        <translation>На голосование площадки можно выносить только записи этой площадки.</translation>
    </message>
    <message>
        <location filename="../../services/votes.py" line="126"/>
        <source>A ranking needs at least two proposals.</source>
        <translation>Для ранжирования нужно не меньше двух записей.</translation>
    </message>
    <message>
        <location filename="../../services/votes.py" line="132"/>
        <source>This vote is closed; reopen it or start a new round to change it.</source>
        <translation>Голосование закрыто; чтобы изменить его, откройте его снова или начните новый тур.</translation>
    </message>
    <message>
        <location filename="../../services/votes.py" line="143"/>
        <source>This proposal is not part of the vote.</source>
        <translation>Эта запись не участвует в голосовании.</translation>
    </message>
    <message>
        <location filename="../../export/choices.py" line="63"/>
        <source>“{value}” is not a section.</source>
        <translation>«{value}» — не раздел резолюции.</translation>
    </message>
    <message>
        <location filename="../../store/lock.py" line="90"/>
        <source>{path} is open in another Facilitator window or command. Close it there (or wait until the command finishes), then try again.</source>
        <translation>{path} открыт в другом окне или команде Facilitator. Закройте его там (или дождитесь завершения команды) и повторите.</translation>
    </message>
    <message>
        <location filename="../../store/lock.py" line="96"/>
        <source>{path} is open in the Facilitator app on {host} (user {user}, since {since}). Close it there, then try again.</source>
        <translation>{path} открыт в приложении Facilitator на компьютере {host} (пользователь {user}, с {since}). Закройте его там и повторите.</translation>
    </message>
    <message>
        <location filename="../../store/lock.py" line="102"/>
        <source>{path} is being changed by a Facilitator command on {host} (user {user}, since {since}). Wait until it finishes, then try again.</source>
        <translation>{path} сейчас изменяет команда Facilitator на компьютере {host} (пользователь {user}, с {since}). Дождитесь её завершения и повторите.</translation>
    </message>
    <message>
        <location filename="../../i18n.py" line="52"/>
        <source>The translation {file} cannot be loaded: this installation of Facilitator is incomplete. Reinstall it.</source>
        <translation>Не удаётся загрузить перевод {file}: эта установка Facilitator неполная. Переустановите программу.</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="140"/>
        <source>There is no open conflict #{id}; the open ones are listed by: facilitator conflicts SESSION</source>
        <translation>Открытого конфликта №{id} нет; открытые конфликты выводит команда: facilitator conflicts СЕССИЯ</translation>
    </message>
    <message>
        <location filename="../../cli/conflicts.py" line="170"/>
        <source>“{choice}”: write NAME=ours or NAME=theirs, NAME being a field that differs in this conflict: {fields}.</source>
        <translation>«{choice}»: пишите ПОЛЕ=ours или ПОЛЕ=theirs, где ПОЛЕ — расходящееся в этом конфликте поле: {fields}.</translation>
    </message>
    <message>
        <location filename="../../cli/exchange.py" line="222"/>
        <source>{file} is a session file, not a results bundle. On the platform&apos;s laptop run: facilitator bundle {file} -o FOLDER — then merge the .fbundle file it writes.</source>
        <translation>{file} — файл сессии, а не пакет результатов. На ноутбуке площадки выполните: facilitator bundle {file} -o ПАПКА — и объедините записанный им файл .fbundle.</translation>
    </message>
    <message>
        <location filename="../../importing/participants.py" line="95"/>
        <source>a presence mark needs the participant&apos;s platform (fill in the platform column)</source>
        <translation>для отметки явки нужна площадка участника (заполните столбец «Площадка»)</translation>
    </message>
    <message>
        <location filename="../../importing/participants.py" line="136"/>
        <source>there is no platform “{value}” in this session (write a platform&apos;s number: {numbers}, or its title)</source>
        <translation>в этой сессии нет площадки «{value}» (укажите номер площадки: {numbers} — или её название)</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="65"/>
        <source>no such file or folder</source>
        <translation>нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="66"/>
        <location filename="../../messages.py" line="67"/>
        <source>permission denied</source>
        <translation>нет доступа</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="68"/>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="69"/>
        <source>a part of the path is not a folder</source>
        <translation>часть пути — не папка</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="70"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location filename="../../messages.py" line="71"/>
        <source>the disk is read-only</source>
        <translation>диск доступен только для чтения</translation>
    </message>
    <message>
        <location filename="../../desktop.py" line="107"/>
        <source>install-desktop is for Linux desktops. On Windows the installer (facilitator-VERSION-setup.exe) adds the Start menu entry and opens .fsession, .fkit and .fbundle files by double-click; on macOS there is nothing to install.</source>
        <translation>install-desktop нужен только для рабочих столов Linux. В Windows установщик (facilitator-ВЕРСИЯ-setup.exe) сам добавляет пункт в меню «Пуск» и открывает файлы .fsession, .fkit и .fbundle двойным щелчком; в macOS устанавливать ничего не нужно.</translation>
    </message>
    <message>
        <location filename="../../desktop.py" line="165"/>
        <source>{path} cannot be changed ({reason}). Install for yourself only with --user, or run the command as an administrator.</source>
        <translation>{path} нельзя изменить ({reason}). Установите только для себя с --user или запустите команду от имени администратора.</translation>
    </message>
    <message>
        <location filename="../../services/steps.py" line="53"/>
        <source>Change {name} (command line)</source>
        <translation>Изменение {name} (командная строка)</translation>
    </message>
    <message>
        <location filename="../../services/steps.py" line="54"/>
        <source>Deletion {name} (command line)</source>
        <translation>Удаление {name} (командная строка)</translation>
    </message>
    <message>
        <location filename="../../services/steps.py" line="55"/>
        <source>Change of platform {name} (command line)</source>
        <translation>Изменение площадки {name} (командная строка)</translation>
    </message>
    <message>
        <location filename="../../services/steps.py" line="56"/>
        <source>New platform {name} (command line)</source>
        <translation>Новая площадка {name} (командная строка)</translation>
    </message>
    <message>
        <location filename="../../services/steps.py" line="57"/>
        <source>Change of the session (command line)</source>
        <translation>Изменение сессии (командная строка)</translation>
    </message>
    <message>
        <location filename="../../services/steps.py" line="58"/>
        <source>Attendance at platform {name} (command line)</source>
        <translation>Присутствие на площадке {name} (командная строка)</translation>
    </message>
    <message>
        <location filename="../../services/steps.py" line="63"/>
        <source>proposal {name}</source>
        <translation>предложение {name}</translation>
    </message>
    <message>
        <location filename="../../services/steps.py" line="64"/>
        <source>platform {name}</source>
        <translation>площадку {name}</translation>
    </message>
    <message>
        <location filename="../../services/steps.py" line="65"/>
        <source>the fields of the session</source>
        <translation>поля сессии</translation>
    </message>
    <message>
        <location filename="../../services/steps.py" line="66"/>
        <source>attendance at platform {name}</source>
        <translation>присутствие на площадке {name}</translation>
    </message>
    <message>
        <location filename="../../services/steps.py" line="262"/>
        <source>This change from the command line cannot be undone: {subject} was changed after it, in the app or by another command. Nothing was changed.</source>
        <translation>Это изменение из командной строки нельзя отменить: после него {subject} уже меняли — в приложении или другой командой. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../services/steps.py" line="268"/>
        <source>This change from the command line cannot be made again: {subject} was changed after it was undone. Nothing was changed.</source>
        <translation>Это изменение из командной строки нельзя вернуть: после отмены {subject} уже меняли. Ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../cli/passphrase.py" line="54"/>
        <source>The two passphrases differ; no kit was written.</source>
        <translation>Две введённые парольные фразы различаются; комплект не записан.</translation>
    </message>
    <message>
        <location filename="../../cli/passphrase.py" line="71"/>
        <source>{file}: the passphrase cannot be read ({reason}).</source>
        <translation>{file}: не удаётся прочитать парольную фразу ({reason}).</translation>
    </message>
</context>
<context>
    <name>Metavar</name>
    <message>
        <location filename="../../cli/usage.py" line="47"/>
        <source>ACTION</source>
        <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="48"/>
        <source>BUNDLE</source>
        <translation>ПАКЕТ</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="49"/>
        <source>COMMAND</source>
        <translation>КОМАНДА</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="50"/>
        <source>DATE</source>
        <translation>ДАТА</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="51"/>
        <source>DEADLINE</source>
        <translation>СРОК</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="52"/>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="53"/>
        <source>FORUM</source>
        <translation>ФОРУМ</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="54"/>
        <source>ID</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="55"/>
        <source>K</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="56"/>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="57"/>
        <source>KIT</source>
        <translation>КОМПЛЕКТ</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="58"/>
        <source>MODERATOR</source>
        <translation>МОДЕРАТОР</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="59"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="60"/>
        <source>NAME</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="61"/>
        <source>NAME=ours|theirs</source>
        <translation>ПОЛЕ=ours|theirs</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="62"/>
        <source>NUMBER</source>
        <translation>НОМЕР</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="63"/>
        <source>ORGANISER</source>
        <translation>ОРГАНИЗАТОР</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="64"/>
        <source>OUT.docx</source>
        <translation>ФАЙЛ.docx</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="65"/>
        <source>PATH</source>
        <translation>СЕССИЯ</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="66"/>
        <source>POS</source>
        <translation>ДОЛЖНОСТЬ</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="67"/>
        <source>PRESENTER</source>
        <translation>ДОКЛАДЧИК</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="68"/>
        <source>RESPONSIBLE</source>
        <translation>ОТВЕТСТВЕННЫЙ</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="69"/>
        <source>ROOM</source>
        <translation>АУДИТОРИЯ</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="70"/>
        <source>S</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="71"/>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="72"/>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="73"/>
        <source>TITLE</source>
        <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
        <location filename="../../cli/usage.py" line="74"/>
        <source>VENUE</source>
        <translation>МЕСТО</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../gui/exchange/passphrase.py" line="74"/>
        <source>Protect the kits</source>
        <translation>Защита комплектов</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/passphrase.py" line="78"/>
        <source>A passphrase protects the signing key and the data of the participants on the stick; the laptop asks for it once when the kit is opened. Leave both fields empty to write the kits without one. A lost passphrase cannot be recovered: you would issue a new kit.</source>
        <translation>Парольная фраза защищает ключ подписи и данные участников на флешке; ноутбук спросит её один раз, когда комплект открывают. Оставьте оба поля пустыми, чтобы записать комплекты без неё. Утерянную фразу восстановить нельзя: придётся выдать новый комплект.</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/passphrase.py" line="90"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/passphrase.py" line="91"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/passphrase.py" line="118"/>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Фразы различаются: введите одну и ту же фразу дважды.</translation>
    </message>
</context>
<context>
    <name>OpenPassphraseDialog</name>
    <message>
        <location filename="../../gui/exchange/passphrase.py" line="34"/>
        <source>Protected kit</source>
        <translation>Защищённый комплект</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/passphrase.py" line="38"/>
        <source>The kit {kit} is protected. Enter the passphrase the secretariat gave:</source>
        <translation>Комплект {kit} защищён. Введите парольную фразу, которую дал секретариат:</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../gui/operations.py" line="63"/>
        <location filename="../../gui/operations.py" line="70"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../gui/participant_dialog.py" line="17"/>
        <source>Edit participant</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <location filename="../../gui/participant_dialog.py" line="17"/>
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../../gui/participant_dialog.py" line="20"/>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location filename="../../gui/participant_dialog.py" line="21"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../../gui/participant_dialog.py" line="22"/>
        <source>&amp;Position</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location filename="../../gui/participant_dialog.py" line="23"/>
        <source>&amp;Delegation / region</source>
        <translation>Д&amp;елегация / регион</translation>
    </message>
    <message>
        <location filename="../../gui/participant_dialog.py" line="24"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <location filename="../../gui/participant_model.py" line="22"/>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <location filename="../../gui/participant_model.py" line="23"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../gui/participant_model.py" line="24"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../gui/participant_model.py" line="25"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../gui/participant_model.py" line="26"/>
        <source>Delegation / region</source>
        <translation>Делегация / регион</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../gui/participants_panel.py" line="103"/>
        <location filename="../../gui/participants_panel.py" line="104"/>
        <source>Find participants</source>
        <translation>Поиск участников</translation>
    </message>
    <message>
        <location filename="../../gui/participants_panel.py" line="105"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../gui/participants_panel.py" line="106"/>
        <source>Present count</source>
        <translation>Число присутствующих</translation>
    </message>
    <message>
        <location filename="../../gui/participants_panel.py" line="107"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../gui/participants_panel.py" line="108"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../gui/participants_panel.py" line="109"/>
        <source>&amp;Import list…</source>
        <translation>И&amp;мпорт списка…</translation>
    </message>
    <message>
        <location filename="../../gui/participants_panel.py" line="115"/>
        <source>Nobody matches the search.</source>
        <translation>Никто не подходит под поиск.</translation>
    </message>
    <message>
        <location filename="../../gui/participants_panel.py" line="117"/>
        <source>No participants on this platform yet. Import a list (Ctrl+I) or add people one by one (Ctrl+Shift+A).</source>
        <translation>На этой площадке пока нет участников. Импортируйте список (Ctrl+I) или добавьте людей по одному (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <location filename="../../gui/participants_panel.py" line="136"/>
        <source>Present: {present} of {total}</source>
        <translation>Присутствуют: {present} из {total}</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../../gui/people.py" line="92"/>
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <location filename="../../gui/people.py" line="94"/>
        <source>Participant lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Списки участников (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PlatformTable</name>
    <message>
        <location filename="../../gui/platform_model.py" line="83"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../gui/platform_model.py" line="84"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../gui/platform_model.py" line="85"/>
        <source>Moderators</source>
        <translation>Модераторы</translation>
    </message>
    <message>
        <location filename="../../gui/platform_model.py" line="86"/>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <location filename="../../gui/platform_model.py" line="87"/>
        <source>Room</source>
        <translation>Аудитория</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="28"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="30"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="32"/>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="34"/>
        <source>The language changes at once; nothing you have typed is lost.</source>
        <translation>Язык меняется сразу; ничего из введённого не теряется.</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="36"/>
        <source>&amp;Sound a bell when the timer reaches zero</source>
        <translation>&amp;Звуковой сигнал, когда время таймера вышло</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="39"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../gui/voting/projector.py" line="125"/>
        <source>Full screen (F11)</source>
        <translation>Во весь экран (F11)</translation>
    </message>
    <message>
        <location filename="../../gui/voting/projector.py" line="126"/>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <location filename="../../gui/voting/projector.py" line="149"/>
        <source>no entry</source>
        <translation>запись не выбрана</translation>
    </message>
    <message>
        <location filename="../../gui/voting/projector.py" line="150"/>
        <source>Projector: %1</source>
        <translation>Проектор: %1</translation>
    </message>
    <message>
        <location filename="../../gui/voting/projector.py" line="165"/>
        <source>No votes yet</source>
        <translation>Голосов пока нет</translation>
    </message>
    <message>
        <location filename="../../gui/voting/projector.py" line="172"/>
        <source>Voting in progress</source>
        <translation>Идёт голосование</translation>
    </message>
    <message>
        <location filename="../../gui/voting/projector.py" line="200"/>
        <source>So far: %1</source>
        <translation>Пока: %1</translation>
    </message>
    <message>
        <location filename="../../gui/voting/projector.py" line="221"/>
        <source>voting</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location filename="../../gui/voting/projector.py" line="221"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../gui/voting/projector.py" line="222"/>
        <source>%1, round %2: %3 · present %4</source>
        <translation>%1, тур %2: %3 · присутствуют %4</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../../gui/proposal_model.py" line="26"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../gui/proposal_model.py" line="27"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../gui/proposal_model.py" line="28"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../gui/proposal_model.py" line="29"/>
        <source>Presenter / responsible</source>
        <translation>Докладчик / ответственный</translation>
    </message>
    <message>
        <location filename="../../gui/proposal_model.py" line="30"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../gui/proposal_model.py" line="31"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../gui/proposal_model.py" line="32"/>
        <source>Vote result</source>
        <translation>Голосование</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../gui/proposals_panel.py" line="148"/>
        <source>Find in titles, texts, presenters and tags</source>
        <translation>Поиск по названиям, текстам, докладчикам и меткам</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py" line="149"/>
        <source>Find proposals</source>
        <translation>Поиск записей</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py" line="150"/>
        <source>Proposals</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py" line="151"/>
        <source>Filter by kind</source>
        <translation>Отбор по виду</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py" line="152"/>
        <source>Filter by status</source>
        <translation>Отбор по статусу</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py" line="155"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py" line="161"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py" line="183"/>
        <source>Nothing matches the search or the filters.</source>
        <translation>Ничего не подходит под поиск или фильтры.</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py" line="186"/>
        <source>This session has no platforms yet. Add them in Edit → Session setup… (Ctrl+Shift+S), then import the participants (Ctrl+I).</source>
        <translation>В этой сессии пока нет площадок. Добавьте их: Правка → Настройка сессии… (Ctrl+Shift+S), затем импортируйте участников (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../gui/proposals_panel.py" line="190"/>
        <source>Nothing captured yet. Type a title in the line below and press Enter (Ctrl+N goes there; Ctrl+K changes the kind of the next entry).</source>
        <translation>Пока ничего не записано. Введите название в строке внизу и нажмите Enter (Ctrl+N переходит туда; Ctrl+K меняет вид следующей записи).</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../gui/qt_gaps.py" line="13"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <location filename="../../gui/qt_gaps.py" line="14"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../gui/capture.py" line="38"/>
        <source>Kind of the new entry</source>
        <translation>Вид новой записи</translation>
    </message>
    <message>
        <location filename="../../gui/capture.py" line="39"/>
        <source>Kind of the new entry (Ctrl+K changes it)</source>
        <translation>Вид новой записи (Ctrl+K — сменить)</translation>
    </message>
    <message>
        <location filename="../../gui/capture.py" line="41"/>
        <source>New {kind}: type a title and press Enter</source>
        <translation>Новая запись ({kind}): введите название и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../gui/capture.py" line="43"/>
        <source>Quick capture</source>
        <translation>Быстрый ввод</translation>
    </message>
</context>
<context>
    <name>ResolutionCommands</name>
    <message>
        <location filename="../../gui/resolution/commands.py" line="69"/>
        <source>Change the rules</source>
        <translation>изменение правил</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/commands.py" line="108"/>
        <source>Leave the item to the rules</source>
        <translation>возврат пункта к правилам</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/commands.py" line="110"/>
        <source>Include the item</source>
        <translation>включение пункта</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/commands.py" line="111"/>
        <source>Exclude the item</source>
        <translation>исключение пункта</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/commands.py" line="119"/>
        <source>Edit the wording</source>
        <translation>изменение формулировки</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/commands.py" line="121"/>
        <source>Move to another section</source>
        <translation>перенос в другой раздел</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/commands.py" line="122"/>
        <source>Move the item</source>
        <translation>перемещение пункта</translation>
    </message>
</context>
<context>
    <name>ResolutionEditor</name>
    <message>
        <location filename="../../gui/resolution/editor.py" line="118"/>
        <source>Find by number or words…</source>
        <translation>Поиск по номеру или словам…</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/editor.py" line="119"/>
        <source>Find items</source>
        <translation>Поиск пунктов</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/editor.py" line="120"/>
        <source>&amp;Only what goes in</source>
        <translation>&amp;Только включённые</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/editor.py" line="121"/>
        <source>Show only the items in the resolution</source>
        <translation>Показывать только пункты, включённые в резолюцию</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/editor.py" line="122"/>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/editor.py" line="123"/>
        <source>Move the item up within its section (Ctrl+Up)</source>
        <translation>Переместить пункт выше в пределах раздела (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/editor.py" line="124"/>
        <source>Move &amp;down</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/editor.py" line="125"/>
        <source>Move the item down within its section (Ctrl+Down)</source>
        <translation>Переместить пункт ниже в пределах раздела (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/editor.py" line="126"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/editor.py" line="127"/>
        <source>Export the resolution</source>
        <translation>Экспортировать резолюцию</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/editor.py" line="128"/>
        <source>Items of the resolution</source>
        <translation>Пункты резолюции</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/editor.py" line="129"/>
        <source>Preview of the resolution</source>
        <translation>Предпросмотр резолюции</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/editor.py" line="130"/>
        <location filename="../../gui/resolution/editor.py" line="245"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/editor.py" line="245"/>
        <source>Preview — updating…</source>
        <translation>Предпросмотр — обновление…</translation>
    </message>
</context>
<context>
    <name>ResolutionModel</name>
    <message>
        <location filename="../../gui/resolution/labels.py" line="38"/>
        <source>No vote</source>
        <translation>Голосования не было</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/labels.py" line="40"/>
        <source>Voting not finished</source>
        <translation>Голосование не завершено</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/labels.py" line="42"/>
        <source>{dots} dots</source>
        <translation>Стикеров: {dots}</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/labels.py" line="44"/>
        <source>For {for_}, against {against}, abstain {abstain}</source>
        <translation>За — {for_}, против — {against}, воздержались — {abstain}</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/labels.py" line="49"/>
        <source>Effect {effect}, feasibility {feasibility}</source>
        <translation>Эффект — {effect}, реализуемость — {feasibility}</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/labels.py" line="54"/>
        <source>Place {rank}</source>
        <translation>Место: {rank}</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/labels.py" line="55"/>
        <source>No figures</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="51"/>
        <source>{title} — {inside} of {total}</source>
        <translation>{title} — {inside} из {total}</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="56"/>
        <source>{inside} of {total} items go into the resolution</source>
        <translation>В резолюцию входят пункты: {inside} из {total}</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="69"/>
        <source>rules: in</source>
        <translation>авто: да</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="71"/>
        <source>rules: out</source>
        <translation>авто: нет</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="74"/>
        <source>in</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="76"/>
        <source>out</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="82"/>
        <source>The rules put it in.</source>
        <translation>Авто: по правилам пункт включается.</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="84"/>
        <source>The rules leave it out.</source>
        <translation>Авто: по правилам пункт не включается.</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="87"/>
        <source>Nobody changed that.</source>
        <translation>Вручную не менялось.</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="89"/>
        <source>Included by hand.</source>
        <translation>Включён вручную.</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="91"/>
        <source>Excluded by hand.</source>
        <translation>Исключён вручную.</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="92"/>
        <source>Space: rules → in → out → rules</source>
        <translation>Пробел: авто → да → нет → авто</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="124"/>
        <source>Chosen by hand.</source>
        <translation>Выбран вручную.</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="126"/>
        <source>By its kind.</source>
        <translation>По виду записи.</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/looks.py" line="133"/>
        <source>The proposal&apos;s own text (F2 to write another):</source>
        <translation>Собственный текст записи (F2 — написать другой):</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/model.py" line="34"/>
        <source>In the resolution</source>
        <translation>В резолюции</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/model.py" line="35"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/model.py" line="36"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/model.py" line="37"/>
        <source>Wording</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/model.py" line="38"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
</context>
<context>
    <name>ResolutionPreview</name>
    <message>
        <location filename="../../gui/resolution/preview.py" line="113"/>
        <source>The preview failed: {error}</source>
        <translation>Не удалось построить предпросмотр: {error}</translation>
    </message>
</context>
<context>
    <name>ResolutionSections</name>
    <message>
        <location filename="../../gui/resolution/labels.py" line="12"/>
        <source>General provisions</source>
        <translation>Общие положения</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/labels.py" line="13"/>
        <source>Participants note</source>
        <translation>Участники отмечают</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/labels.py" line="14"/>
        <source>Recommend</source>
        <translation>Рекомендовать</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/labels.py" line="15"/>
        <source>Propose</source>
        <translation>Предложить</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/labels.py" line="16"/>
        <source>Support project initiatives</source>
        <translation>Поддержать проектные инициативы</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/labels.py" line="17"/>
        <source>Final provisions</source>
        <translation>Заключительные положения</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/labels.py" line="26"/>
        <source>Platform {number}. {title}</source>
        <translation>Площадка {number}. {title}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../gui/voting/results_view.py" line="91"/>
        <source>No results yet</source>
        <translation>Результатов пока нет</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_view.py" line="154"/>
        <source>Present: %1 of %2 registered</source>
        <translation>Присутствуют: %1 из %2 зарегистрированных</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="78"/>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="80"/>
        <source>The rules propose the items; a tick in the list decides for one item.</source>
        <translation>Правила предлагают пункты; отметка в списке решает судьбу отдельного пункта.</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="82"/>
        <source>&amp;Adopted items</source>
        <translation>&amp;Принятые пункты</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="83"/>
        <source>&amp;Problems the participants note</source>
        <translation>П&amp;роблемы, отмеченные участниками</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="84"/>
        <source>&amp;Top by score per platform:</source>
        <translation>&amp;Лучших по баллу на площадке:</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="85"/>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="86"/>
        <source>&amp;Score at least:</source>
        <translation>&amp;Балл не ниже:</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="89"/>
        <source>&lt;b&gt;Keys in the list&lt;/b&gt;&lt;br&gt;Space: rules → in → out&lt;br&gt;F2: edit the wording&lt;br&gt;Ctrl+Up / Ctrl+Down: move within the section</source>
        <translation>&lt;b&gt;Клавиши в списке&lt;/b&gt;&lt;br&gt;Пробел: авто → да → нет&lt;br&gt;F2: изменить формулировку&lt;br&gt;Ctrl+Up / Ctrl+Down: переместить в пределах раздела</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="94"/>
        <source>Include adopted items</source>
        <translation>Включать принятые пункты</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="95"/>
        <source>Include problems</source>
        <translation>Включать проблемы</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="96"/>
        <source>Top items by score per platform</source>
        <translation>Лучшие пункты каждой площадки по баллу</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="97"/>
        <source>Use a minimum score</source>
        <translation>Учитывать минимальный балл</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="98"/>
        <source>Minimum score</source>
        <translation>Минимальный балл</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="103"/>
        <source>Besides the adopted items, the N best-scored items of each platform.</source>
        <translation>Кроме принятых пунктов — N пунктов каждой площадки с наибольшим баллом.</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/rules_panel.py" line="106"/>
        <source>Items whose score (votes for, dots, mean rating) is at least this.</source>
        <translation>Пункты, балл которых (голоса «за», стикеры, средняя оценка) не ниже этого значения.</translation>
    </message>
</context>
<context>
    <name>SectionDelegate</name>
    <message>
        <location filename="../../gui/resolution/delegates.py" line="28"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../gui/resolution/delegates.py" line="31"/>
        <source>By its kind: {section}</source>
        <translation>По виду записи: {section}</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../gui/setup_dialog.py" line="48"/>
        <source>Session setup</source>
        <translation>Настройка сессии</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="62"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="63"/>
        <source>&amp;Forum</source>
        <translation>&amp;Форум</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="64"/>
        <source>&amp;Venue</source>
        <translation>&amp;Место проведения</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="65"/>
        <source>&amp;Organiser</source>
        <translation>&amp;Организатор</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="66"/>
        <source>C&amp;hair</source>
        <translation>П&amp;редседатель</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="67"/>
        <source>Chair&apos;s &amp;position</source>
        <translation>Должность пр&amp;едседателя</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="68"/>
        <source>S&amp;ecretary</source>
        <translation>&amp;Секретарь</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="69"/>
        <source>Secretary&apos;s posit&amp;ion</source>
        <translation>Должность се&amp;кретаря</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="76"/>
        <source>Surname First name Patronymic</source>
        <translation>Фамилия Имя Отчество</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="78"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="79"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="81"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="83"/>
        <location filename="../../gui/setup_dialog.py" line="112"/>
        <source>Platforms</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="88"/>
        <source>&amp;Add platform</source>
        <translation>Добавить &amp;площадку</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="89"/>
        <source>De&amp;lete platform</source>
        <translation>&amp;Удалить площадку</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="90"/>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="91"/>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <location filename="../../gui/setup_dialog.py" line="168"/>
        <source>New platform</source>
        <translation>Новая площадка</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../gui/sidebar.py" line="108"/>
        <source>Platfor&amp;ms</source>
        <translation>П&amp;лощадки</translation>
    </message>
    <message>
        <location filename="../../gui/sidebar.py" line="109"/>
        <source>Platforms</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../gui/platform_model.py" line="32"/>
        <source>Present {present} of {total}</source>
        <translation>Присутствуют {present} из {total}</translation>
    </message>
</context>
<context>
    <name>SimilarDialog</name>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="194"/>
        <location filename="../../gui/exchange/dialogs.py" line="220"/>
        <source>Similar proposals</source>
        <translation>Похожие предложения</translation>
    </message>
    <message>
        <location filename="../../gui/exchange/dialogs.py" line="198"/>
        <source>&amp;Merge the group…</source>
        <translation>&amp;Объединить группу…</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../gui/voting/timer_widget.py" line="76"/>
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <location filename="../../gui/voting/timer_widget.py" line="77"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../gui/voting/timer_widget.py" line="78"/>
        <source>Choose how long the timer runs</source>
        <translation>Выберите длительность таймера</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/voting/timer_widget.py" line="81"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/voting/timer_widget.py" line="84"/>
        <source>Custom…</source>
        <translation>Другая…</translation>
    </message>
    <message>
        <location filename="../../gui/voting/timer_widget.py" line="89"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../gui/voting/timer_widget.py" line="89"/>
        <source>Start</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <location filename="../../gui/voting/timer_widget.py" line="91"/>
        <source>Duration %1</source>
        <translation>Длительность %1</translation>
    </message>
    <message>
        <location filename="../../gui/voting/timer_widget.py" line="97"/>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
    <message>
        <location filename="../../gui/voting/timer_widget.py" line="98"/>
        <source>Duration (minutes, or minutes:seconds):</source>
        <translation>Длительность (минуты или минуты:секунды):</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../vocabulary.py" line="15"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="16"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="17"/>
        <source>Project initiative</source>
        <translation>Проектная инициатива</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="18"/>
        <source>Resolution item</source>
        <translation>Пункт резолюции</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="21"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="22"/>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="23"/>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="24"/>
        <source>Resolution items</source>
        <translation>Пункты резолюции</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="37"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="38"/>
        <source>Up for vote</source>
        <translation>На голосовании</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="39"/>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="40"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="41"/>
        <source>Withdrawn</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="42"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="83"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="84"/>
        <source>forum</source>
        <translation>форум</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="85"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="86"/>
        <source>venue</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="87"/>
        <source>organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="88"/>
        <source>chair</source>
        <translation>председатель</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="89"/>
        <source>chair&apos;s position</source>
        <translation>должность председателя</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="90"/>
        <source>secretary</source>
        <translation>секретарь</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="91"/>
        <source>secretary&apos;s position</source>
        <translation>должность секретаря</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="92"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="93"/>
        <source>moderators</source>
        <translation>модераторы</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="94"/>
        <source>room</source>
        <translation>аудитория</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="95"/>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="96"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="97"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="98"/>
        <source>delegation</source>
        <translation>делегация</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="99"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="100"/>
        <source>platform</source>
        <translation>площадка</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="101"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="102"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="103"/>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="104"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="105"/>
        <source>presenter</source>
        <translation>докладчик</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="106"/>
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location filename="../../vocabulary.py" line="107"/>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message>
        <location filename="../../gui/voting/chart_data.py" line="81"/>
        <source>needed: {n}</source>
        <translation>нужно: {n}</translation>
    </message>
</context>
<context>
    <name>VoteCommands</name>
    <message>
        <location filename="../../gui/voting/commands.py" line="59"/>
        <source>Vote entry</source>
        <translation>Запись голосования</translation>
    </message>
    <message>
        <location filename="../../gui/voting/commands.py" line="83"/>
        <source>Close the vote</source>
        <translation>Закрыть голосование</translation>
    </message>
    <message>
        <location filename="../../gui/voting/commands.py" line="85"/>
        <source>Reopen the vote</source>
        <translation>Возобновить голосование</translation>
    </message>
    <message>
        <location filename="../../gui/voting/commands.py" line="109"/>
        <source>Start a vote</source>
        <translation>Начать голосование</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../gui/voting/dialog.py" line="93"/>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../gui/voting/dialog.py" line="94"/>
        <source>&amp;Start vote</source>
        <translation>&amp;Начать голосование</translation>
    </message>
    <message>
        <location filename="../../gui/voting/dialog.py" line="95"/>
        <source>Close window</source>
        <translation>Закрыть окно</translation>
    </message>
    <message>
        <location filename="../../gui/voting/dialog.py" line="98"/>
        <source>Put to the vote:</source>
        <translation>На голосование выносятся:</translation>
    </message>
    <message>
        <location filename="../../gui/voting/dialog.py" line="116"/>
        <source>Nobody is present</source>
        <translation>Никто не отмечен</translation>
    </message>
    <message>
        <location filename="../../gui/voting/dialog.py" line="120"/>
        <source>No participant of this platform is marked present, so nobody could vote. Mark who is in the room first (Participants: find a name, press Space).</source>
        <translation>Ни один участник площадки не отмечен как присутствующий, поэтому голосовать некому. Сначала отметьте тех, кто в зале (Участники: найдите фамилию, нажмите Пробел).</translation>
    </message>
    <message>
        <location filename="../../gui/voting/dialog.py" line="124"/>
        <source>&amp;Mark attendance</source>
        <translation>&amp;Отметить присутствие</translation>
    </message>
    <message>
        <location filename="../../gui/voting/dialog.py" line="128"/>
        <source>The vote was not started: nobody is present.</source>
        <translation>Голосование не начато: никто не отмечен как присутствующий.</translation>
    </message>
</context>
<context>
    <name>VoteEntry</name>
    <message>
        <location filename="../../gui/voting/ballot_models.py" line="169"/>
        <source>Order, best first</source>
        <translation>Порядок, от лучшего</translation>
    </message>
    <message>
        <location filename="../../gui/voting/ranking_text.py" line="34"/>
        <source>“{part}” is not an item of this vote: type 1 to {count}.</source>
        <translation>«{part}» — не пункт этого голосования: введите число от 1 до {count}.</translation>
    </message>
    <message>
        <location filename="../../gui/voting/entries.py" line="60"/>
        <source>Ballot {n}</source>
        <translation>Бюллетень {n}</translation>
    </message>
    <message>
        <location filename="../../gui/voting/entries.py" line="66"/>
        <source>{name} (absent)</source>
        <translation>{name} (отсутствует)</translation>
    </message>
    <message>
        <location filename="../../gui/voting/entries.py" line="122"/>
        <source>Type 1, 2 or 3 (or з, п, в) for for, against, abstain; Delete clears.</source>
        <translation>Введите 1, 2 или 3 (или з, п, в): за, против, воздержались; Delete — очистить.</translation>
    </message>
    <message>
        <location filename="../../gui/voting/entries.py" line="130"/>
        <source>Type the number of dots each participant put on each item.</source>
        <translation>Введите, сколько стикеров каждый участник поставил на каждый пункт.</translation>
    </message>
    <message>
        <location filename="../../gui/voting/entries.py" line="147"/>
        <source>Type the dots counted on each item; Enter stores them and goes to the next.</source>
        <translation>Введите число стикеров на каждой записи; Enter сохраняет и переходит к следующей.</translation>
    </message>
    <message>
        <location filename="../../gui/voting/entries.py" line="156"/>
        <source>Type each item&apos;s average score per criterion and, if known, the raters.</source>
        <translation>Введите среднюю оценку каждого пункта по каждому критерию и, если известно, число оценивших.</translation>
    </message>
    <message>
        <location filename="../../gui/voting/entries.py" line="168"/>
        <source>Type each ballot&apos;s order, best first, e.g. “3 1 2”; “1=2” is a tie. Items: {legend}.</source>
        <translation>Введите порядок в каждом бюллетене, от лучшего, например «3 1 2»; «1=2» — равные места. Пункты: {legend}.</translation>
    </message>
    <message>
        <location filename="../../gui/voting/tally_model.py" line="22"/>
        <source>Dots</source>
        <translation>Стикеры</translation>
    </message>
    <message>
        <location filename="../../gui/voting/tally_model.py" line="24"/>
        <source>Raters</source>
        <translation>Оценивших</translation>
    </message>
    <message>
        <location filename="../../gui/voting/item_grid.py" line="64"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../gui/voting/item_grid.py" line="66"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../gui/voting/item_grid.py" line="68"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../gui/voting/tally_model.py" line="95"/>
        <source>#{rank} ({share} %)</source>
        <translation>№{rank} ({share} %)</translation>
    </message>
    <message>
        <location filename="../../gui/voting/rating_entry.py" line="167"/>
        <source>&amp;Sheet of:</source>
        <translation>&amp;Лист участника:</translation>
    </message>
    <message>
        <location filename="../../gui/voting/rating_entry.py" line="188"/>
        <source>Type a score from {low} to {high} per criterion: each digit is stored and the cursor moves on (a digit that may grow, such as 1 of 10, waits: Enter or space confirms it). Page Down: the next participant.</source>
        <translation>Введите оценку от {low} до {high} по каждому критерию: каждая цифра сохраняется, и курсор переходит дальше (цифра, которая может стать больше, например 1 из 10, ждёт: Enter или пробел подтверждает её). Page Down — следующий участник.</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../../gui/voting/panel.py" line="102"/>
        <source>&amp;Close vote</source>
        <translation>&amp;Закрыть голосование</translation>
    </message>
    <message>
        <location filename="../../gui/voting/panel.py" line="103"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Открыть снова</translation>
    </message>
    <message>
        <location filename="../../gui/voting/panel.py" line="104"/>
        <source>&amp;New round</source>
        <translation>Новый &amp;тур</translation>
    </message>
    <message>
        <location filename="../../gui/voting/panel.py" line="105"/>
        <source>No votes entered yet</source>
        <translation>Голоса ещё не введены</translation>
    </message>
    <message>
        <location filename="../../gui/voting/panel.py" line="114"/>
        <source>Averages per item</source>
        <translation>Средние по пунктам</translation>
    </message>
    <message>
        <location filename="../../gui/voting/panel.py" line="116"/>
        <source>Totals per item</source>
        <translation>Итоги по пунктам</translation>
    </message>
    <message>
        <location filename="../../gui/voting/panel.py" line="117"/>
        <source>Sheet per participant</source>
        <translation>Листы участников</translation>
    </message>
    <message>
        <location filename="../../gui/voting/panel.py" line="152"/>
        <source>Sheets were entered for this vote: they count, not the figures per item.</source>
        <translation>В этом голосовании введены листы участников: учитываются они, а не данные по пунктам.</translation>
    </message>
    <message>
        <location filename="../../gui/voting/panel.py" line="156"/>
        <source>Figures per item were entered: the first sheet replaces them.</source>
        <translation>Введены данные по пунктам: первый лист участника их заменит.</translation>
    </message>
    <message>
        <location filename="../../gui/voting/panel.py" line="203"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../gui/voting/panel.py" line="203"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../gui/voting/panel.py" line="205"/>
        <source>%1, round %2 (%3)</source>
        <translation>%1, тур %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../gui/voting/panel.py" line="210"/>
        <source>Present: %1 of %2 registered</source>
        <translation>Присутствуют: %1 из %2 зарегистрированных</translation>
    </message>
    <message>
        <location filename="../../gui/voting/panel.py" line="216"/>
        <source>quorum: %1</source>
        <translation>кворум: %1</translation>
    </message>
</context>
<context>
    <name>VoteResults</name>
    <message>
        <location filename="../../gui/voting/texts.py" line="78"/>
        <source>★ {dots} dots #{rank}</source>
        <translation>№{rank} · ★ стикеров: {dots}</translation>
    </message>
    <message>
        <location filename="../../gui/voting/texts.py" line="91"/>
        <source>Schulze #{rank}</source>
        <translation>Шульце №{rank}</translation>
    </message>
    <message>
        <location filename="../../gui/voting/texts.py" line="92"/>
        <source>Schulze #{schulze}, Borda #{borda}</source>
        <translation>Шульце №{schulze}, Борда №{borda}</translation>
    </message>
    <message>
        <location filename="../../gui/voting/texts.py" line="131"/>
        <source>the vote is not finished</source>
        <translation>голосование не завершено</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_model.py" line="26"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_model.py" line="27"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_model.py" line="28"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_model.py" line="33"/>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_model.py" line="34"/>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_model.py" line="35"/>
        <source>Abstain</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_model.py" line="36"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_model.py" line="39"/>
        <source>Dots</source>
        <translation>Стикеры</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_model.py" line="41"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_model.py" line="46"/>
        <source>Raters</source>
        <translation>Оценивших</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_model.py" line="48"/>
        <source>Quadrant</source>
        <translation>Квадрант</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_model.py" line="53"/>
        <source>Borda points</source>
        <translation>Очки Борда</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_model.py" line="54"/>
        <source>Borda rank</source>
        <translation>Место по Борда</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_view.py" line="35"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_view.py" line="37"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../gui/voting/results_view.py" line="39"/>
        <source>{method}, round {round} ({status}): {items}</source>
        <translation>{method}, тур {round} ({status}): {items}</translation>
    </message>
</context>
<context>
    <name>VoteSetup</name>
    <message>
        <location filename="../../gui/voting/setup.py" line="82"/>
        <source>e.g. 3/5 or 0.6</source>
        <translation>например, 3/5 или 0.6</translation>
    </message>
    <message>
        <location filename="../../gui/voting/setup.py" line="83"/>
        <source>Secret ballot (numbers, no names)</source>
        <translation>Тайное голосование (номера вместо имён)</translation>
    </message>
    <message>
        <location filename="../../gui/voting/setup.py" line="84"/>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../../gui/voting/setup.py" line="87"/>
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <location filename="../../gui/voting/setup.py" line="87"/>
        <source>Ma&amp;jority:</source>
        <translation>&amp;Большинство:</translation>
    </message>
    <message>
        <location filename="../../gui/voting/setup.py" line="87"/>
        <source>Share of votes cast:</source>
        <translation>Доля поданных голосов:</translation>
    </message>
    <message>
        <location filename="../../gui/voting/setup.py" line="88"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Кворум:</translation>
    </message>
    <message>
        <location filename="../../gui/voting/setup.py" line="88"/>
        <source>&amp;Dots per participant:</source>
        <translation>Стикеров на &amp;участника:</translation>
    </message>
    <message>
        <location filename="../../gui/voting/setup.py" line="89"/>
        <source>Most dots on one item:</source>
        <translation>Максимум стикеров на пункт:</translation>
    </message>
    <message>
        <location filename="../../gui/voting/setup.py" line="89"/>
        <source>Scale from:</source>
        <translation>Шкала от:</translation>
    </message>
    <message>
        <location filename="../../gui/voting/setup.py" line="89"/>
        <source>&amp;Criteria:</source>
        <translation>&amp;Критерии:</translation>
    </message>
    <message>
        <location filename="../../gui/voting/setup.py" line="90"/>
        <source>Scale to:</source>
        <translation>Шкала до:</translation>
    </message>
    <message>
        <location filename="../../gui/voting/setup.py" line="90"/>
        <source>&amp;Entered as:</source>
        <translation>&amp;Ввод:</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <location filename="../../voting/_checks.py" line="15"/>
        <source>The {field} count must be a whole number (got {value}).</source>
        <translation>Число «{field}» должно быть целым (получено {value}).</translation>
    </message>
    <message>
        <location filename="../../voting/_checks.py" line="22"/>
        <source>The {field} count cannot be negative (got {value}).</source>
        <translation>Число «{field}» не может быть отрицательным (получено {value}).</translation>
    </message>
    <message>
        <location filename="../../voting/_checks.py" line="35"/>
        <source>{present} present is more than the {registered} registered.</source>
        <translation>Присутствующих ({present}) больше, чем зарегистрированных ({registered}).</translation>
    </message>
    <message>
        <location filename="../../voting/_checks.py" line="48"/>
        <source>{votes} votes were given but only {present} people are present.</source>
        <translation>Подано голосов: {votes}, а присутствуют только {present}.</translation>
    </message>
    <message>
        <location filename="../../voting/_checks.py" line="67"/>
        <source>Participant {voter} is not present.</source>
        <translation>Участник {voter} не присутствует.</translation>
    </message>
    <message>
        <location filename="../../voting/_checks.py" line="73"/>
        <source>Participant {voter} has already voted.</source>
        <translation>Участник {voter} уже проголосовал.</translation>
    </message>
    <message>
        <location filename="../../voting/_checks.py" line="88"/>
        <source>Item {item} is listed twice.</source>
        <translation>Пункт {item} указан дважды.</translation>
    </message>
    <message>
        <location filename="../../voting/_checks.py" line="100"/>
        <source>Item {item} is not among the items voted on.</source>
        <translation>Пункта {item} нет среди пунктов голосования.</translation>
    </message>
    <message>
        <location filename="../../voting/dots.py" line="36"/>
        <source>Dots per participant and the cap must be at least 1.</source>
        <translation>Число стикеров на участника и предел должны быть не меньше 1.</translation>
    </message>
    <message>
        <location filename="../../voting/dots.py" line="110"/>
        <source>{given} dots on item {item}; the cap is {limit}.</source>
        <translation>На пункте {item} стикеров: {given}; предел — {limit}.</translation>
    </message>
    <message>
        <location filename="../../voting/dots.py" line="117"/>
        <source>{given} dots from one participant; each has {limit}.</source>
        <translation>От одного участника стикеров: {given}; у каждого их {limit}.</translation>
    </message>
    <message>
        <location filename="../../voting/dots.py" line="131"/>
        <source>{given} dots on item {item}; at most {limit} can be there.</source>
        <translation>На пункте {item} стикеров: {given}; их может быть не больше {limit}.</translation>
    </message>
    <message>
        <location filename="../../voting/dots.py" line="140"/>
        <source>{given} dots in all; those present have only {limit}.</source>
        <translation>Всего стикеров: {given}; у присутствующих их только {limit}.</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="21"/>
        <source>Open vote by count</source>
        <translation>Открытое голосование (подсчёт)</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="22"/>
        <source>Named vote</source>
        <translation>Поимённое голосование</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="23"/>
        <source>Dot voting</source>
        <translation>Голосование стикерами</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="24"/>
        <source>Multi-criteria rating</source>
        <translation>Оценка по нескольким критериям</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="25"/>
        <source>Ranking</source>
        <translation>Ранжирование</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="29"/>
        <source>More for than against</source>
        <translation>«За» больше, чем «против»</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="30"/>
        <source>More than half of the votes cast</source>
        <translation>Более половины поданных голосов</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="31"/>
        <source>More than half of those present</source>
        <translation>Более половины присутствующих</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="32"/>
        <source>At least two thirds of the votes cast</source>
        <translation>Не менее двух третей поданных голосов</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="33"/>
        <source>More than a set share</source>
        <translation>Более заданной доли</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="37"/>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="38"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="39"/>
        <source>No quorum</source>
        <translation>Нет кворума</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="43"/>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="44"/>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="45"/>
        <source>Abstain</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="49"/>
        <source>Effect</source>
        <translation>Эффект</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="50"/>
        <source>Feasibility</source>
        <translation>Реализуемость</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="54"/>
        <source>Quick win</source>
        <translation>Быстрая победа</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="55"/>
        <source>Major project</source>
        <translation>Крупный проект</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="56"/>
        <source>Fill-in</source>
        <translation>Второстепенное</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="57"/>
        <source>Time sink</source>
        <translation>Поглотитель времени</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="61"/>
        <source>Borda count</source>
        <translation>Метод Борда</translation>
    </message>
    <message>
        <location filename="../../voting/labels.py" line="62"/>
        <source>Schulze method</source>
        <translation>Метод Шульце</translation>
    </message>
    <message>
        <location filename="../../voting/named.py" line="58"/>
        <source>{choice} is not for, against or abstain.</source>
        <translation>{choice} — это не «за», «против» или «воздержались».</translation>
    </message>
    <message>
        <location filename="../../voting/named.py" line="69"/>
        <source>A secret ballot cannot name its voter.</source>
        <translation>В тайном бюллетене нельзя указывать голосующего.</translation>
    </message>
    <message>
        <location filename="../../voting/named.py" line="74"/>
        <source>A secret ballot needs a ballot number.</source>
        <translation>У тайного бюллетеня должен быть номер.</translation>
    </message>
    <message>
        <location filename="../../voting/named.py" line="79"/>
        <source>Ballot {ballot} is counted twice.</source>
        <translation>Бюллетень {ballot} учтён дважды.</translation>
    </message>
    <message>
        <location filename="../../voting/named.py" line="90"/>
        <source>A ballot in a named vote must name its voter.</source>
        <translation>В поимённом голосовании бюллетень должен называть голосующего.</translation>
    </message>
    <message>
        <location filename="../../voting/rank_ballots.py" line="32"/>
        <source>A place in a ranking must hold at least one item.</source>
        <translation>Место в ранжировании должно содержать хотя бы один пункт.</translation>
    </message>
    <message>
        <location filename="../../voting/rank_ballots.py" line="39"/>
        <source>Item {item} is ranked twice on one ballot.</source>
        <translation>Пункт {item} дважды указан в одном бюллетене.</translation>
    </message>
    <message>
        <location filename="../../voting/rating_rules.py" line="40"/>
        <source>A rating needs criteria and a scale low &lt; high.</source>
        <translation>Для оценки нужны критерии и шкала, где нижняя граница меньше верхней.</translation>
    </message>
    <message>
        <location filename="../../voting/rating_rules.py" line="64"/>
        <source>The {criterion} score {value} is not in {low}–{high}.</source>
        <translation>Оценка по критерию «{criterion}» ({value}) вне диапазона {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../voting/rating_rules.py" line="79"/>
        <source>There is no criterion {criterion}.</source>
        <translation>Критерия «{criterion}» нет.</translation>
    </message>
    <message>
        <location filename="../../voting/rating_rules.py" line="87"/>
        <source>The {criterion} score is missing.</source>
        <translation>Нет оценки по критерию «{criterion}».</translation>
    </message>
    <message>
        <location filename="../../voting/rules.py" line="40"/>
        <source>{value} is not a fraction.</source>
        <translation>{value} — не дробь.</translation>
    </message>
    <message>
        <location filename="../../voting/rules.py" line="51"/>
        <source>The {name} {value} is out of range.</source>
        <translation>Значение {name} ({value}) вне допустимого диапазона.</translation>
    </message>
    <message>
        <location filename="../../voting/rules.py" line="70"/>
        <source>A custom majority needs a fraction.</source>
        <translation>Для особого большинства нужна доля.</translation>
    </message>
    <message>
        <location filename="../../voting/rules.py" line="76"/>
        <source>Only a custom majority takes a fraction.</source>
        <translation>Долю можно задать только для особого большинства.</translation>
    </message>
    <message>
        <location filename="../../voting/rules.py" line="130"/>
        <source>The voting rules are not understood: {rules}.</source>
        <translation>Правила голосования не распознаны: {rules}.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../gui/welcome.py" line="51"/>
        <source>secretariat</source>
        <translation>секретариат</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="52"/>
        <source>platform {number} laptop</source>
        <translation>ноутбук площадки {number}</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="113"/>
        <location filename="../../gui/welcome.py" line="114"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="117"/>
        <source>Run a strategic session: platforms, participants, problems, proposals, project initiatives and resolution items — offline, every edit saved at once.</source>
        <translation>Проведение стратегической сессии: площадки, участники, проблемы, предложения, проектные инициативы и пункты резолюции — без сети, каждое изменение сохраняется сразу.</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="121"/>
        <source>&amp;New session…</source>
        <translation>&amp;Новая сессия…</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="122"/>
        <source>&amp;Open session…</source>
        <translation>&amp;Открыть сессию…</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="123"/>
        <source>Open the &amp;demo session</source>
        <translation>Открыть &amp;демонстрационную сессию</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="124"/>
        <source>Open a platform &amp;kit…</source>
        <translation>Открыть &amp;комплект площадки…</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="125"/>
        <source>&amp;Recent sessions</source>
        <translation>Недавние &amp;сессии</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="126"/>
        <source>Recent sessions</source>
        <translation>Недавние сессии</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="128"/>
        <source>New session</source>
        <translation>Новая сессия</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="129"/>
        <source>Open session</source>
        <translation>Открыть сессию</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="130"/>
        <source>Open the demo session</source>
        <translation>Открыть демонстрационную сессию</translation>
    </message>
    <message>
        <location filename="../../gui/welcome.py" line="131"/>
        <source>Open a platform kit</source>
        <translation>Открыть комплект площадки</translation>
    </message>
</context>
<context>
    <name>WordingDelegate</name>
    <message>
        <location filename="../../gui/resolution/delegates.py" line="56"/>
        <source>Wording in the resolution</source>
        <translation>Формулировка в резолюции</translation>
    </message>
</context>
</TS>
