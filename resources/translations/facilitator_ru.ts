<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="16"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="17"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="18"/>
        <source>&amp;Proposal</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="19"/>
        <location filename="../../facilitator/gui/actions.py" line="168"/>
        <source>P&amp;articipants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="20"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="21"/>
        <source>V&amp;ote</source>
        <translation>&amp;Голосование</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="23"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="24"/>
        <source>&amp;Kind</source>
        <translation>&amp;Вид записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="25"/>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="26"/>
        <source>Open &amp;recent</source>
        <translation>Недавние &amp;сессии</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="41"/>
        <source>&amp;New session…</source>
        <translation>&amp;Новая сессия…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="43"/>
        <source>&amp;Open session…</source>
        <translation>&amp;Открыть сессию…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="44"/>
        <source>Open the &amp;demo session</source>
        <translation>Открыть &amp;демонстрационную сессию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="45"/>
        <source>Open a platform &amp;kit…</source>
        <translation>Открыть &amp;комплект площадки…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="46"/>
        <source>Save a cop&amp;y as…</source>
        <translation>Сохранить ко&amp;пию как…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="50"/>
        <source>&amp;Import participants…</source>
        <translation>&amp;Импорт участников…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="57"/>
        <source>&amp;Export to Word…</source>
        <translation>&amp;Экспорт в Word…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="62"/>
        <source>&amp;Close session</source>
        <translation>&amp;Закрыть сессию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="64"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="65"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="67"/>
        <source>Session &amp;setup…</source>
        <translation>Настройка &amp;сессии…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="69"/>
        <source>P&amp;references…</source>
        <translation>П&amp;араметры…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="70"/>
        <source>&amp;New entry</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="22"/>
        <source>Excha&amp;nge</source>
        <translation>&amp;Обмен</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="74"/>
        <source>Next kind for new en&amp;tries</source>
        <translation>Следующий ви&amp;д для новых записей</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="78"/>
        <source>Ne&amp;xt entry</source>
        <translation>С&amp;ледующая запись</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="81"/>
        <source>Pre&amp;vious entry</source>
        <translation>&amp;Предыдущая запись</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="84"/>
        <source>&amp;Delete entry</source>
        <translation>&amp;Удалить запись</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="89"/>
        <source>&amp;Add participant…</source>
        <translation>&amp;Добавить участника…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="95"/>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Изменить участника…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="101"/>
        <source>Mark &amp;present or absent</source>
        <translation>Отметить &amp;присутствие</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="107"/>
        <source>&amp;Delete participant</source>
        <translation>&amp;Удалить участника</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="114"/>
        <source>&amp;Vote on the selected entries…</source>
        <translation>&amp;Поставить выбранные записи на голосование…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="118"/>
        <source>&amp;Continue the vote…</source>
        <translation>Пр&amp;одолжить голосование…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="120"/>
        <source>&amp;Projector</source>
        <translation>П&amp;роектор</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="124"/>
        <source>Show the res&amp;ult on the projector</source>
        <translation>Показать &amp;итог на проекторе</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="130"/>
        <source>&amp;Blank the projector</source>
        <translation>Погасить &amp;экран проектора</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="136"/>
        <source>&amp;Start or pause the timer</source>
        <translation>&amp;Запустить или приостановить таймер</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="141"/>
        <source>&amp;Reset the timer</source>
        <translation>&amp;Сбросить таймер</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="143"/>
        <source>Prepare &amp;platform kits…</source>
        <translation>Подготовить &amp;комплекты площадок…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="147"/>
        <source>&amp;Import results bundles…</source>
        <translation>&amp;Импорт пакетов результатов…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="151"/>
        <source>&amp;Watch a folder for bundles…</source>
        <translation>&amp;Следить за папкой с пакетами…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="153"/>
        <source>&amp;Conflicts…</source>
        <translation>К&amp;онфликты…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="154"/>
        <source>&amp;Similar proposals…</source>
        <translation>&amp;Похожие предложения…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="158"/>
        <source>&amp;Export results…</source>
        <translation>&amp;Экспорт результатов…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="165"/>
        <source>Write results &amp;automatically to a folder…</source>
        <translation>&amp;Автоматически записывать результаты в папку…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="167"/>
        <source>&amp;Proposals</source>
        <translation>&amp;Предложения</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="169"/>
        <source>&amp;Results</source>
        <translation>&amp;Результаты</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="170"/>
        <source>Re&amp;solution</source>
        <translation>Ре&amp;золюция</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="172"/>
        <source>Pla&amp;tforms&apos; results</source>
        <translation>Результаты пл&amp;ощадок</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="177"/>
        <source>Ne&amp;xt platform</source>
        <translation>С&amp;ледующая площадка</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="184"/>
        <source>Pre&amp;vious platform</source>
        <translation>Пре&amp;дыдущая площадка</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="187"/>
        <source>&amp;About Facilitator</source>
        <translation>&amp;О программе Facilitator</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../facilitator/cli/__init__.py" line="28"/>
        <source>Facilitator: strategic sessions, offline platforms, resolutions.</source>
        <translation>Facilitator: стратегические сессии, площадки без сети, резолюции.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/__init__.py" line="35"/>
        <source>language of messages (default: from the system locale)</source>
        <translation>язык сообщений (по умолчанию — из настроек системы)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/__init__.py" line="56"/>
        <source>Error: {message}</source>
        <translation>Ошибка: {message}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="23"/>
        <source>write the demo session to PATH</source>
        <translation>записать демонстрационную сессию в PATH</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="28"/>
        <source>add participants, attendance and proposals</source>
        <translation>добавить участников, регистрацию и предложения</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="32"/>
        <source>create a new, empty session file</source>
        <translation>создать новый пустой файл сессии</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="34"/>
        <source>the session&apos;s title</source>
        <translation>название сессии</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="35"/>
        <source>the forum it belongs to</source>
        <translation>форум, в рамках которого она проходит</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="36"/>
        <source>the date, YYYY-MM-DD</source>
        <translation>дата, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="37"/>
        <source>the place</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="38"/>
        <source>the organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="43"/>
        <source>a text file with one platform title a line</source>
        <translation>текстовый файл: по одному названию площадки в строке</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="47"/>
        <source>show the session and its platforms</source>
        <translation>показать сессию и её площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="17"/>
        <source>write a platform&apos;s kit (session setup and signing key)</source>
        <translation>записать комплект площадки (настройки сессии и ключ подписи)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="33"/>
        <source>the kit file to write</source>
        <translation>файл комплекта для записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="37"/>
        <source>make a platform&apos;s session from its kit</source>
        <translation>создать сессию площадки из её комплекта</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="42"/>
        <source>write this platform&apos;s results bundle</source>
        <translation>записать пакет результатов этой площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="50"/>
        <source>the bundle file to write</source>
        <translation>файл пакета для записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="54"/>
        <source>merge platforms&apos; results bundles</source>
        <translation>объединить пакеты результатов площадок</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="58"/>
        <source>only show what would change</source>
        <translation>только показать, что изменится</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="60"/>
        <location filename="../../facilitator/cli/exchange.py" line="65"/>
        <location filename="../../facilitator/cli/session.py" line="49"/>
        <location filename="../../facilitator/cli/votes.py" line="37"/>
        <source>print JSON</source>
        <translation>вывести в формате JSON</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="63"/>
        <source>list open conflicts</source>
        <translation>показать неразрешённые конфликты</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="74"/>
        <source>Kit for platform {number} written to {target}.</source>
        <translation>Комплект площадки {number} записан в {target}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="89"/>
        <source>Session of platform {number} made at {path}.</source>
        <translation>Сессия площадки {number} создана: {path}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="102"/>
        <source>Bundle {sequence} written to {target}.</source>
        <translation>Пакет {sequence} записан в {target}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="120"/>
        <source>already imported, nothing to do</source>
        <translation>уже импортирован, изменений нет</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="121"/>
        <source>older than one already imported; merged, nothing reverts</source>
        <translation>старше уже импортированного; объединён без отката более новых данных</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="129"/>
        <source>{name}: platform {platform}, bundle {sequence}: new {new}, changed {changed}, unchanged {unchanged}, conflicts {conflicts}</source>
        <translation>{name}: площадка {platform}, пакет {sequence}: новых — {new}, изменённых — {changed}, без изменений — {unchanged}, конфликтов — {conflicts}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="145"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Пробный запуск: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="149"/>
        <source>Merged; backup taken first: {backup}</source>
        <translation>Объединено; предварительно сделана резервная копия: {backup}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="161"/>
        <source>No open conflicts.</source>
        <translation>Неразрешённых конфликтов нет.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="165"/>
        <source>#{id} {entity} “{title}” (platform {platform}):</source>
        <translation>№{id} {entity} «{title}» (площадка {platform}):</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="174"/>
        <source>   {name}: here “{mine}”, platform “{theirs}”</source>
        <translation>   {name}: здесь «{mine}», на площадке «{theirs}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="52"/>
        <source>start the desktop app</source>
        <translation>запустить приложение</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="60"/>
        <source>import participants from CSV or XLSX</source>
        <translation>импортировать участников из CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="67"/>
        <source>import proposals into a platform from CSV or XLSX</source>
        <translation>импортировать предложения площадки из CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="25"/>
        <location filename="../../facilitator/cli/session.py" line="85"/>
        <location filename="../../facilitator/cli/votes.py" line="29"/>
        <source>the platform&apos;s number</source>
        <translation>номер площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="93"/>
        <source>Demo session written to {path}.</source>
        <translation>Демонстрационная сессия записана в {path}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="115"/>
        <source>Session created: {path} ({count} platforms).</source>
        <translation>Сессия создана: {path} (площадок: {count}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="144"/>
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="145"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="146"/>
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="147"/>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="156"/>
        <source>   moderator: {moderators}; participants: {count}, present: {present}</source>
        <translation>   модератор: {moderators}; участников: {count}, присутствуют: {present}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="18"/>
        <source>import votes counted elsewhere</source>
        <translation>импортировать голоса, подсчитанные в другом месте</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="21"/>
        <source>record a vote from CSV or XLSX (see the README)</source>
        <translation>записать голосование из CSV или XLSX (см. README)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="34"/>
        <source>print the results of the votes</source>
        <translation>вывести результаты голосований</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="36"/>
        <source>only this platform</source>
        <translation>только эта площадка</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="45"/>
        <source>Vote recorded and closed: {count} items.</source>
        <translation>Голосование записано и закрыто: пунктов — {count}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="60"/>
        <source>   no votes yet</source>
        <translation>   голосований пока нет</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="69"/>
        <source>   {method}, round {round} ({status}); present {present} of {registered}</source>
        <translation>   {method}, тур {round} ({status}); присутствуют {present} из {registered}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="83"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="83"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="90"/>
        <source>{for_}/{against}/{abstain} → {result}</source>
        <translation>{for_}/{against}/{abstain} → {result}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="99"/>
        <source>#{rank}: {dots} dots</source>
        <translation>№{rank}: стикеров — {dots}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="109"/>
        <source>Schulze #{schulze}, Borda #{borda} ({points} points)</source>
        <translation>Шульце №{schulze}, Борда №{borda} (очков — {points})</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/export.py" line="17"/>
        <source>write the resolution (or a platform&apos;s protocol) to Word</source>
        <translation>записать резолюцию (или протокол площадки) в Word</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/export.py" line="26"/>
        <source>the Word file to write</source>
        <translation>файл Word для записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/export.py" line="32"/>
        <source>write platform N&apos;s protocol instead</source>
        <translation>записать протокол площадки N вместо резолюции</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/export.py" line="38"/>
        <source>a .docx template with your styles</source>
        <translation>шаблон .docx с вашими стилями</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/export.py" line="43"/>
        <source>also convert to PDF (needs LibreOffice)</source>
        <translation>также преобразовать в PDF (нужен LibreOffice)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/export.py" line="52"/>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="139"/>
        <source>Add proposal</source>
        <translation>добавление записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="153"/>
        <source>Edit proposal</source>
        <translation>изменение записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="164"/>
        <source>Delete proposal</source>
        <translation>удаление записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="174"/>
        <source>Mark present</source>
        <translation>отметка присутствия</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="176"/>
        <source>Mark absent</source>
        <translation>отметка отсутствия</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="193"/>
        <source>Add participant</source>
        <translation>добавление участника</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="206"/>
        <source>Edit participant</source>
        <translation>изменение участника</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="217"/>
        <source>Delete participant</source>
        <translation>удаление участника</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="226"/>
        <source>Add platform</source>
        <translation>добавление площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="243"/>
        <source>Edit platform</source>
        <translation>изменение площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="251"/>
        <source>Delete platform</source>
        <translation>удаление площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="266"/>
        <source>Move platform</source>
        <translation>перемещение площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="286"/>
        <source>Edit session</source>
        <translation>изменение сессии</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="295"/>
        <source>Merge similar proposals</source>
        <translation>Объединить похожие предложения</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="319"/>
        <source>Import {file}</source>
        <translation>Импорт {file}</translation>
    </message>
</context>
<context>
    <name>ConflictFields</name>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="14"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="15"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="16"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="17"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="18"/>
        <source>Presenter</source>
        <translation>Докладчик</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="19"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="20"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="21"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="22"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="23"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="24"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="25"/>
        <source>Delegation / region</source>
        <translation>Делегация / регион</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="28"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="29"/>
        <source>Here (secretariat)</source>
        <translation>Здесь (секретариат)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="30"/>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/conflict_fields.py" line="31"/>
        <source>Take the platform&apos;s</source>
        <translation>Взять с площадки</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="78"/>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="149"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="81"/>
        <source>Open conflicts</source>
        <translation>Открытые конфликты</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="86"/>
        <source>Fields that differ</source>
        <translation>Поля, которые различаются</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="91"/>
        <source>&amp;Keep ours</source>
        <translation>&amp;Оставить наше</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="92"/>
        <source>&amp;Take the platform&apos;s</source>
        <translation>&amp;Взять с площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="93"/>
        <source>&amp;Apply the choices</source>
        <translation>&amp;Применить выбор</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="103"/>
        <source>Space ticks a field to take the platform&apos;s value.</source>
        <translation>Пробел отмечает поле, чтобы взять значение площадки.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="132"/>
        <source>Both sides changed this record. Here: the secretariat&apos;s value now. Platform {0}: its value in bundle {1}, imported {2}.</source>
        <translation>Запись изменили обе стороны. Здесь: значение секретариата сейчас. Площадка {0}: её значение в пакете {1}, импортированном {2}.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="130"/>
        <source>&amp;Switch to that window</source>
        <translation>&amp;Перейти в то окно</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="132"/>
        <source>Open &amp;read-only</source>
        <translation>Открыть только для &amp;чтения</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="111"/>
        <source>The window that has {path} open did not answer. Switch to it yourself, or open the session read-only.</source>
        <translation>Окно, в котором открыт {path}, не ответило. Перейдите в него сами или откройте сессию только для чтения.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="147"/>
        <source>Open it read-only? You can then save a copy you can edit.</source>
        <translation>Открыть только для чтения? Затем можно сохранить копию и работать в ней.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="163"/>
        <source>Open session</source>
        <translation>Открыть сессию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="165"/>
        <source>Facilitator sessions (*{ext});;All files (*)</source>
        <translation>Сессии Facilitator (*{ext});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="175"/>
        <location filename="../../facilitator/gui/controller.py" line="185"/>
        <source>New session</source>
        <translation>Новая сессия</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="177"/>
        <location filename="../../facilitator/gui/controller.py" line="230"/>
        <location filename="../../facilitator/gui/controller.py" line="259"/>
        <source>Facilitator sessions (*{ext})</source>
        <translation>Сессии Facilitator (*{ext})</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="186"/>
        <source>Title of the strategic session:</source>
        <translation>Название стратегической сессии:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="218"/>
        <source>Open a platform kit</source>
        <translation>Открыть комплект площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="220"/>
        <source>Platform kits (*{ext})</source>
        <translation>Комплекты площадок (*{ext})</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="228"/>
        <source>Save this platform&apos;s session as</source>
        <translation>Сохранить сессию площадки как</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="257"/>
        <source>Save a copy of the session as</source>
        <translation>Сохранить копию сессии как</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="126"/>
        <location filename="../../facilitator/gui/controller.py" line="144"/>
        <location filename="../../facilitator/gui/controller.py" line="321"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
</context>
<context>
    <name>CountEntry</name>
    <message>
        <location filename="../../facilitator/gui/voting/count_entry.py" line="94"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/count_entry.py" line="95"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/count_entry.py" line="99"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/count_entry.py" line="157"/>
        <source>%1 (needed %2)</source>
        <translation>%1 (нужно %2)</translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../../facilitator/gui/voting/criteria_editor.py" line="65"/>
        <source>New criterion</source>
        <translation>Новый критерий</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/criteria_editor.py" line="66"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/criteria_editor.py" line="67"/>
        <source>Rena&amp;me</source>
        <translation>Переи&amp;меновать</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/criteria_editor.py" line="68"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
</context>
<context>
    <name>DashboardWidget</name>
    <message>
        <location filename="../../facilitator/gui/exchange/dashboard.py" line="32"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dashboard.py" line="33"/>
        <source>Platforms&apos; results</source>
        <translation>Результаты площадок</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dashboard.py" line="47"/>
        <source>Platforms without results: {0}; open conflicts: {1}</source>
        <translation>Площадок без результатов: {0}; неразрешённых конфликтов: {1}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../facilitator/gui/date_field.py" line="96"/>
        <source>No date</source>
        <translation>Нет даты</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/date_field.py" line="99"/>
        <source>Type a date such as {example}; Alt+Down or F4 opens a calendar</source>
        <translation>Введите дату, например {example}; Alt+Вниз или F4 открывает календарь</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/date_field.py" line="103"/>
        <source>Choose in a calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Вниз)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/date_field.py" line="104"/>
        <source>Clear the date (Delete)</source>
        <translation>Очистить дату (Delete)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/date_field.py" line="150"/>
        <source>«{text}» is not a date; type it as {example}. Not saved.</source>
        <translation>«{text}» — не дата; введите её так: {example}. Не сохранено.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/date_field.py" line="157"/>
        <source>{date} is out of range: type a date from {first} to {last}. Not saved.</source>
        <translation>{date} — вне допустимых пределов: введите дату с {first} по {last}. Не сохранено.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="93"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="94"/>
        <source>&amp;Kind</source>
        <translation>В&amp;ид</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="95"/>
        <source>&amp;Status</source>
        <translation>Ст&amp;атус</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="96"/>
        <source>Te&amp;xt</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="97"/>
        <source>P&amp;resenter</source>
        <translation>&amp;Докладчик</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="98"/>
        <source>Organ&amp;isation</source>
        <translation>Организа&amp;ция</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="99"/>
        <source>Responsi&amp;ble</source>
        <translation>Отв&amp;етственный</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="100"/>
        <source>&amp;Deadline</source>
        <translation>С&amp;рок</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="101"/>
        <source>Ta&amp;gs</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="106"/>
        <source>comma separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="107"/>
        <source>Select a proposal to see and edit its details.</source>
        <translation>Выберите запись, чтобы увидеть и изменить её поля.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="108"/>
        <source>Proposal details</source>
        <translation>Поля записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="109"/>
        <source>Merged from</source>
        <translation>Объединено из</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="39"/>
        <location filename="../../facilitator/exchange/files.py" line="22"/>
        <source>{file}: the file is too large ({size} bytes).</source>
        <translation>{file}: файл слишком велик ({size} байт).</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="54"/>
        <source>{file}: too many members.</source>
        <translation>{file}: слишком много вложенных файлов.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="63"/>
        <source>the path points outside the archive.</source>
        <translation>путь указывает за пределы архива.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="69"/>
        <source>not a member this kind of file may hold.</source>
        <translation>такой файл не может содержаться в файле этого типа.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="72"/>
        <source>appears twice.</source>
        <translation>встречается дважды.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="76"/>
        <source>too large.</source>
        <translation>слишком велик.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="81"/>
        <source>stored in a way this version cannot read.</source>
        <translation>записан способом, который эта версия не умеет читать.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="98"/>
        <source>its size does not match the archive&apos;s directory.</source>
        <translation>его размер не совпадает с оглавлением архива.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="110"/>
        <source>not valid JSON.</source>
        <translation>некорректный JSON.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/checks.py" line="55"/>
        <source>the record belongs to another platform.</source>
        <translation>запись относится к другой площадке.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/checks.py" line="76"/>
        <source>{field} refers to a record that does not exist.</source>
        <translation>{field} ссылается на несуществующую запись.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/checks.py" line="138"/>
        <source>it clashes with a record already in the session (same {table} under another id, or moved to another platform).</source>
        <translation>она противоречит записи, уже имеющейся в сессии (тот же объект {table} под другим идентификатором или перенесённый на другую площадку).</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/codec.py" line="76"/>
        <source>its columns are not those of this version.</source>
        <translation>его столбцы не соответствуют этой версии.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/codec.py" line="80"/>
        <source>it holds no list of rows.</source>
        <translation>в нём нет списка строк.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/codec.py" line="109"/>
        <source>the row does not have the expected values.</source>
        <translation>в строке нет ожидаемых значений.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/codec.py" line="118"/>
        <source>the value of {field} is invalid.</source>
        <translation>недопустимое значение {field}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/codec.py" line="123"/>
        <source>the id repeats.</source>
        <translation>идентификатор повторяется.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/codec.py" line="125"/>
        <source>a value is invalid.</source>
        <translation>недопустимое значение.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/errors.py" line="23"/>
        <source>{file}: the file is damaged or truncated, or is not a Facilitator file.</source>
        <translation>{file}: файл повреждён, обрезан или не является файлом Facilitator.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/errors.py" line="32"/>
        <source>{file}: {member}: {reason}</source>
        <translation>{file}: {member}: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/errors.py" line="41"/>
        <source>{file}: {table}, row {row}: {reason}</source>
        <translation>{file}: {table}, строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/files.py" line="29"/>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: не удаётся прочитать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/files.py" line="51"/>
        <source>{file}: cannot be written ({reason}).</source>
        <translation>{file}: не удаётся записать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="43"/>
        <source>{file} belongs to another session, not to this one.</source>
        <translation>{file} относится к другой сессии, а не к этой.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="49"/>
        <source>{file} comes from a platform this session does not have.</source>
        <translation>{file} получен с площадки, которой нет в этой сессии.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="57"/>
        <location filename="../../facilitator/exchange/incoming.py" line="142"/>
        <location filename="../../facilitator/exchange/manifest.py" line="143"/>
        <source>{file}: the manifest is invalid ({key}).</source>
        <translation>{file}: некорректный манифест ({key}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="82"/>
        <source>{file} is not signed; only bundles signed with a platform kit&apos;s key are accepted.</source>
        <translation>{file} не подписан; принимаются только пакеты, подписанные ключом из комплекта площадки.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="94"/>
        <source>{file} says it comes from platform {number} but is signed with the key of platform {other}.</source>
        <translation>{file} заявлен как пакет площадки {number}, но подписан ключом площадки {other}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="105"/>
        <source>{file}: the signature is not valid; the bundle was changed or forged.</source>
        <translation>{file}: подпись недействительна; пакет изменён или подделан.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="115"/>
        <source>{file}: no kit was issued for platform {number} in this session, so its bundles cannot be trusted.</source>
        <translation>{file}: для площадки {number} в этой сессии не выдавался комплект, поэтому её пакетам нельзя доверять.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="124"/>
        <source>{file} is signed with a key that no kit of this session carries.</source>
        <translation>{file} подписан ключом, которого нет ни в одном комплекте этой сессии.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="137"/>
        <location filename="../../facilitator/exchange/kit.py" line="117"/>
        <location filename="../../facilitator/exchange/manifest.py" line="138"/>
        <source>missing.</source>
        <translation>отсутствует.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="152"/>
        <source>a bundle may not carry this; only the platform&apos;s own records.</source>
        <translation>пакет не может содержать это; только собственные записи площадки.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/kit.py" line="149"/>
        <source>{file}: the kit is incomplete or inconsistent; ask the secretariat for a new one.</source>
        <translation>{file}: комплект неполон или противоречив; запросите новый у секретариата.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/laptop.py" line="33"/>
        <source>This session was not opened from a platform kit, so it cannot write a results bundle. Open the platform&apos;s kit first.</source>
        <translation>Эта сессия открыта не из комплекта площадки, поэтому не может записать пакет результатов. Сначала откройте комплект площадки.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/laptop.py" line="45"/>
        <source>This is a platform&apos;s session (opened from a kit); kits are made and bundles merged in the secretariat&apos;s session.</source>
        <translation>Это сессия площадки (открыта из комплекта); комплекты создаются, а пакеты объединяются в сессии секретариата.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/manifest.py" line="120"/>
        <source>not listed in the manifest, or not allowed here.</source>
        <translation>не указан в манифесте или здесь не допускается.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/manifest.py" line="127"/>
        <source>{file}: the SHA-256 of {member} does not match the manifest: the file was changed or damaged.</source>
        <translation>{file}: SHA-256 файла {member} не совпадает с манифестом: файл изменён или повреждён.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/manifest.py" line="152"/>
        <source>{file} is a platform kit, not a results bundle.</source>
        <translation>{file} — комплект площадки, а не пакет результатов.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/manifest.py" line="156"/>
        <source>{file} is a results bundle, not a platform kit.</source>
        <translation>{file} — пакет результатов, а не комплект площадки.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/manifest.py" line="162"/>
        <source>{file} was written by a newer version of Facilitator (format {found}; this version reads up to {known}). Please update.</source>
        <translation>{file} записан более новой версией Facilitator (формат {found}; эта версия читает до {known}). Обновите программу.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/conflicts.py" line="70"/>
        <source>There is no such open conflict.</source>
        <translation>Такого неразрешённого конфликта нет.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/conflicts.py" line="78"/>
        <source>Choose mine, theirs or an edit.</source>
        <translation>Выберите своё значение, значение площадки или правку.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/combine.py" line="35"/>
        <source>Choose at least two live proposals that are not merged already.</source>
        <translation>Выберите хотя бы два неудалённых и ещё не объединённых предложения.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/combine.py" line="124"/>
        <source>This proposal is not a merge to undo.</source>
        <translation>Это предложение не получено объединением, отменять нечего.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="207"/>
        <source>Folder for the platform kits</source>
        <translation>Папка для комплектов площадок</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="216"/>
        <source>Platform kits</source>
        <translation>Комплекты площадок</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/importing.py" line="41"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/importing.py" line="50"/>
        <source>Checking {count} bundle(s)…</source>
        <translation>Проверка пакетов: {count}…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/importing.py" line="52"/>
        <source>Merging {count} bundle(s)…</source>
        <translation>Объединение пакетов: {count}…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/importing.py" line="57"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/importing.py" line="66"/>
        <source>Import results bundles</source>
        <translation>Импорт пакетов результатов</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/importing.py" line="68"/>
        <source>Results bundles (*.fbundle)</source>
        <translation>Пакеты результатов (*.fbundle)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="75"/>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="76"/>
        <source>older (nothing reverts)</source>
        <translation>более старый (без отката)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="77"/>
        <source>already imported</source>
        <translation>уже импортирован</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="85"/>
        <location filename="../../facilitator/gui/exchange/models.py" line="106"/>
        <location filename="../../facilitator/gui/exchange/models.py" line="130"/>
        <source>Platform</source>
        <translation>Площадка</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="86"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="87"/>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="89"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="92"/>
        <location filename="../../facilitator/gui/exchange/models.py" line="139"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="93"/>
        <location filename="../../facilitator/gui/exchange/models.py" line="140"/>
        <source>Changed</source>
        <translation>Изменённые</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="94"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="95"/>
        <location filename="../../facilitator/gui/exchange/models.py" line="143"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="107"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="108"/>
        <location filename="../../facilitator/gui/exchange/models.py" line="155"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="109"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="111"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="119"/>
        <source>no kit issued</source>
        <translation>комплект не выдан</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="120"/>
        <source>no bundle yet</source>
        <translation>пакета ещё нет</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="129"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="132"/>
        <source>Last bundle</source>
        <translation>Последний пакет</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="136"/>
        <source>Exported at</source>
        <translation>Время экспорта</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="141"/>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="142"/>
        <source>Votes</source>
        <translation>Голосования</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="144"/>
        <source>Missing</source>
        <translation>Не хватает</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="152"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="153"/>
        <source>Score</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/models.py" line="154"/>
        <source>Code</source>
        <translation>№</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../facilitator/export/selection.py" line="44"/>
        <source>The number of top items ({value}) is negative.</source>
        <translation>Число лучших пунктов ({value}) отрицательно.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/selection.py" line="62"/>
        <source>“{section}” is not a section of the resolution.</source>
        <translation>«{section}» — не раздел резолюции.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/template.py" line="42"/>
        <source>The template {path} does not exist.</source>
        <translation>Шаблона {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/template.py" line="48"/>
        <source>The template {path} is not a Word document (.docx).</source>
        <translation>Шаблон {path} не является документом Word (.docx).</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/template.py" line="72"/>
        <source>The template {path} has no style “{style}”. Add a {kind} style with this name to it, or export with the default template.</source>
        <translation>В шаблоне {path} нет стиля «{style}». Добавьте в него стиль типа {kind} с этим именем или выполните экспорт со стандартным шаблоном.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/template.py" line="81"/>
        <source>In the template {path} the style “{style}” should be a {kind} style.</source>
        <translation>В шаблоне {path} стиль «{style}» должен быть стилем типа {kind}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/docx_writer.py" line="229"/>
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/api.py" line="44"/>
        <source>There is no platform number {number} in this session.</source>
        <translation>В этой сессии нет площадки номер {number}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/api.py" line="63"/>
        <source>The output file {path} should end in .docx.</source>
        <translation>Имя выходного файла {path} должно оканчиваться на .docx.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/api.py" line="68"/>
        <source>The folder {path} does not exist.</source>
        <translation>Папки {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/pdf.py" line="36"/>
        <source>PDF needs LibreOffice, which is not installed. Install it (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation; Windows and macOS: from libreoffice.org) and try again, or open the .docx in Word and save it as PDF.</source>
        <translation>Для PDF нужен LibreOffice, а он не установлен. Установите его (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation; Windows и macOS: с сайта libreoffice.org) и повторите попытку или откройте .docx в Word и сохраните как PDF.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/pdf.py" line="77"/>
        <source>LibreOffice could not convert {path} to PDF: {reason}</source>
        <translation>LibreOffice не удалось преобразовать {path} в PDF: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="99"/>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="224"/>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="273"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="102"/>
        <source>&amp;What:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="102"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Сохранить как:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="102"/>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="106"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="107"/>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="108"/>
        <source>&amp;Default</source>
        <translation>По &amp;умолчанию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="109"/>
        <source>The default template (ГОСТ Р 7.0.97)</source>
        <translation>Стандартный шаблон (ГОСТ Р 7.0.97)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="110"/>
        <source>Also save as &amp;PDF</source>
        <translation>Также сохранить в &amp;PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="111"/>
        <source>&amp;Open the file when done</source>
        <translation>&amp;Открыть файл по завершении</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="112"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="114"/>
        <source>What to export</source>
        <translation>Что экспортировать</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="115"/>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="116"/>
        <source>Choose the file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="117"/>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="183"/>
        <source>Word template</source>
        <translation>Шаблон Word</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="118"/>
        <source>Choose a template</source>
        <translation>Выбрать шаблон</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="119"/>
        <source>Use the default template</source>
        <translation>Использовать стандартный шаблон</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="120"/>
        <source>Also save as PDF</source>
        <translation>Также сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="121"/>
        <source>Open the file when done</source>
        <translation>Открыть файл по завершении</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="122"/>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="141"/>
        <source>The resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="143"/>
        <source>Protocol of platform {number}: {title}</source>
        <translation>Протокол площадки {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="159"/>
        <source>PDF needs LibreOffice, which is not installed. Install it (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation; Windows and macOS: from libreoffice.org), then open this window again.</source>
        <translation>Для PDF нужен LibreOffice, а он не установлен. Установите его (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation; Windows и macOS: с сайта libreoffice.org), затем снова откройте это окно.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="175"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="175"/>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="183"/>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="206"/>
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="224"/>
        <source>{path} exists. Replace it?</source>
        <translation>{path} уже существует. Заменить?</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="236"/>
        <source>Writing {name}…</source>
        <translation>Запись {name}…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="249"/>
        <source>Saved {paths}</source>
        <translation>Сохранено: {paths}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="266"/>
        <source>Could not write {path}: {reason}. If the file is open in Word, close it and export again.</source>
        <translation>Не удалось записать {path}: {reason}. Если файл открыт в Word, закройте его и повторите экспорт.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/export_dialog.py" line="270"/>
        <source>The export failed: {error}</source>
        <translation>Экспорт не удался: {error}</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../facilitator/gui/files.py" line="25"/>
        <source>Facilitator session</source>
        <translation>Сессия Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/files.py" line="26"/>
        <source>Platform kit</source>
        <translation>Комплект площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/files.py" line="27"/>
        <source>Results bundle</source>
        <translation>Пакет результатов</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/files.py" line="28"/>
        <source>Word document</source>
        <translation>Документ Word</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/files.py" line="29"/>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/files.py" line="30"/>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/files.py" line="31"/>
        <source>CSV table</source>
        <translation>Таблица CSV</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/files.py" line="49"/>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/files.py" line="54"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/files.py" line="55"/>
        <source>{suffix} file</source>
        <translation>Файл {suffix}</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../facilitator/gui/importer.py" line="77"/>
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/importer.py" line="78"/>
        <source>Importing {file}…</source>
        <translation>Импорт {file}…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/importer.py" line="79"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <location filename="../../facilitator/gui/lineage.py" line="20"/>
        <source>Merged into {code} «{title}»</source>
        <translation>Объединено в {code} «{title}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/lineage.py" line="27"/>
        <source>platform {number}: «{title}»</source>
        <translation>площадка {number}: «{title}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/lineage.py" line="32"/>
        <source>Merged from {parts}</source>
        <translation>Объединено из предложений — {parts}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="209"/>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="210"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="211"/>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="212"/>
        <source>Resolution</source>
        <translation>Резолюция</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="214"/>
        <source>Platforms&apos; results</source>
        <translation>Результаты площадок</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="215"/>
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="277"/>
        <source>{title} — Facilitator (read-only)</source>
        <translation>{title} — Facilitator (только чтение)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="279"/>
        <source>{title} — Facilitator</source>
        <translation>{title} — Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="284"/>
        <source>Read-only: to edit, save a copy (File → Save a copy as…)</source>
        <translation>Только чтение: чтобы вносить изменения, сохраните копию (Файл → Сохранить копию как…)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="287"/>
        <source>All changes saved at {time}</source>
        <translation>Все изменения сохранены в {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="291"/>
        <source>Last change NOT saved</source>
        <translation>Последнее изменение НЕ сохранено</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="381"/>
        <source>About Facilitator</source>
        <translation>О программе Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="383"/>
        <source>Facilitator runs strategic sessions: capture, votes and the resolution, offline.</source>
        <translation>Facilitator помогает проводить стратегические сессии: сбор предложений, голосование и резолюция — без сети.</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <location filename="../../facilitator/gui/exchange/merge_preview.py" line="27"/>
        <source>One {kind} «{title}», {status}, will stand for:</source>
        <translation>Вместо них будет одна запись — {kind} «{title}», статус «{status}»:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/merge_preview.py" line="41"/>
        <source>The kinds differ: the merged entry takes the first one&apos;s kind.</source>
        <translation>Виды записей различаются: объединённая запись получит вид первой.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/merge_preview.py" line="47"/>
        <source>The originals are marked merged and keep their votes; Undo brings them back.</source>
        <translation>Исходные записи отмечаются как объединённые и сохраняют свои голоса; отмена (Ctrl+Z) возвращает их.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/merge_preview.py" line="59"/>
        <source>dots are added up: {dots} in all</source>
        <translation>стикеры складываются: всего {dots}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/merge_preview.py" line="65"/>
        <source>for/against counts stay with each original</source>
        <translation>подсчёты «за/против» остаются у каждой исходной записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/merge_preview.py" line="68"/>
        <source>Votes: {what}.</source>
        <translation>Голоса: {what}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/merge_preview.py" line="70"/>
        <source>No votes yet.</source>
        <translation>Голосов пока нет.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/merge_preview.py" line="76"/>
        <source>Merge the group</source>
        <translation>Объединить группу</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/merge_preview.py" line="85"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="56"/>
        <source>Import results bundles</source>
        <translation>Импорт пакетов результатов</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="59"/>
        <source>Check what the import will do, then apply it.</source>
        <translation>Проверьте, что изменит импорт, и примените его.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="64"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../facilitator/cli/session.py" line="127"/>
        <location filename="../../facilitator/importing/tabular.py" line="37"/>
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: не удаётся прочитать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/columns.py" line="62"/>
        <source>{file}: no “{column}” column (the header row has: {found}).</source>
        <translation>{file}: нет столбца «{column}» (в строке заголовков: {found}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/columns.py" line="94"/>
        <source>row {row}: {problem}</source>
        <translation>строка {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/columns.py" line="98"/>
        <source>row {row}, column “{column}”: {problem}</source>
        <translation>строка {row}, столбец «{column}»: {problem}</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/columns.py" line="111"/>
        <source>…and {count} more.</source>
        <translation>…и ещё {count}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/columns.py" line="113"/>
        <source>{file}: nothing was imported.
{problems}</source>
        <translation>{file}: ничего не импортировано.
{problems}</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/participants.py" line="75"/>
        <source>there is no platform “{value}” in this session</source>
        <translation>в этой сессии нет площадки «{value}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/report.py" line="26"/>
        <source>{file}: nothing added, all {skipped} rows are already there.</source>
        <translation>{file}: ничего не добавлено, все строки ({skipped}) уже есть.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/report.py" line="34"/>
        <source>{file}: {added} added, {skipped} already there.</source>
        <translation>{file}: добавлено {added}, уже были {skipped}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/report.py" line="42"/>
        <source>{text}
Columns not recognised and left out: {columns}.</source>
        <translation>{text}
Нераспознанные и пропущенные столбцы: {columns}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/tabular.py" line="44"/>
        <source>{file}: the file is empty (no header row).</source>
        <translation>{file}: файл пуст (нет строки заголовков).</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/tabular.py" line="61"/>
        <source>{file}: this is not a text (CSV) or XLSX file.</source>
        <translation>{file}: это не текстовый файл (CSV) и не файл XLSX.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/tabular.py" line="72"/>
        <source>{file}: unknown text encoding (expected UTF-8 or Windows-1251).</source>
        <translation>{file}: неизвестная кодировка текста (ожидается UTF-8 или Windows-1251).</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/tabular.py" line="87"/>
        <source>{file}: malformed CSV ({reason}).</source>
        <translation>{file}: ошибка в формате CSV ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/tabular.py" line="105"/>
        <source>{file}: damaged or not an XLSX workbook.</source>
        <translation>{file}: файл повреждён или не является книгой XLSX.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/participants.py" line="44"/>
        <source>There is no such participant.</source>
        <translation>Такого участника нет.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/participants.py" line="127"/>
        <location filename="../../facilitator/services/platforms.py" line="37"/>
        <location filename="../../facilitator/services/proposals.py" line="106"/>
        <source>There is no such platform.</source>
        <translation>Такой площадки нет.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/platforms.py" line="22"/>
        <source>This laptop captures for its own platform only (it was opened from that platform&apos;s kit).</source>
        <translation>На этом ноутбуке можно вести записи только своей площадки (сессия открыта из её комплекта).</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/platforms.py" line="45"/>
        <source>There is no platform number {number} in this session.</source>
        <translation>В этой сессии нет площадки номер {number}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/proposals.py" line="96"/>
        <source>There is no such proposal.</source>
        <translation>Такой записи нет.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/records.py" line="156"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/validate.py" line="33"/>
        <source>The {field} must not be empty.</source>
        <translation>Поле «{field}» не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/validate.py" line="59"/>
        <source>The {field} “{value}” is not a date (expected YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>Поле «{field}»: «{value}» — не дата (ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/validate.py" line="74"/>
        <source>“{value}” is not a kind of proposal (expected one of: {known}).</source>
        <translation>«{value}» — не вид записи (ожидается одно из: {known}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/validate.py" line="89"/>
        <source>“{value}” is not a status (expected one of: {known}).</source>
        <translation>«{value}» — не статус (ожидается одно из: {known}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/validate.py" line="102"/>
        <source>The {field} “{value}” is not a positive whole number.</source>
        <translation>Поле «{field}»: «{value}» — не целое положительное число.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/db.py" line="210"/>
        <source>{path} already exists.</source>
        <translation>{path} уже существует.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/db.py" line="298"/>
        <source>{path} was written by a newer version of Facilitator (schema {found}, this version reads up to {known}). Please update.</source>
        <translation>{path} записан более новой версией Facilitator (схема {found}, эта версия читает до {known}). Обновите программу.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/db.py" line="241"/>
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/db.py" line="361"/>
        <source>{path} was written by an older version of Facilitator and must be upgraded before it can be read. Open it for writing once (in the app, on a drive you can write to).</source>
        <translation>{path} записан более старой версией Facilitator и должен быть обновлён, прежде чем его можно будет прочитать. Откройте его один раз для записи (в приложении, на диске, доступном для записи).</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/db.py" line="424"/>
        <source>{path} could not be upgraded to this version of Facilitator ({reason}). The file is unchanged; a copy was kept at {backup}.</source>
        <translation>Не удалось обновить {path} до этой версии Facilitator ({reason}). Файл не изменён; копия сохранена в {backup}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/db.py" line="446"/>
        <source>{path} is not a Facilitator session file.</source>
        <translation>{path} не является файлом сессии Facilitator.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/faults.py" line="29"/>
        <source>{path} is busy: another program is writing to it. Nothing was changed; try again in a moment.</source>
        <translation>Файл {path} занят: в него записывает другая программа. Ничего не изменено; повторите через несколько секунд.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/faults.py" line="34"/>
        <source>{path} is read-only: changes cannot be saved to it, and nothing was changed. Save a copy in a folder you can write to, or make the file writable.</source>
        <translation>Файл {path} доступен только для чтения: изменения в нём сохранить нельзя, ничего не изменено. Сохраните копию в папку, доступную для записи, или снимите с файла защиту от записи.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/faults.py" line="39"/>
        <source>The disk holding {path} is full: the change was not saved. Free some space, then try again; everything saved before is intact.</source>
        <translation>Диск, на котором находится {path}, заполнен: изменение не сохранено. Освободите место и повторите; всё сохранённое ранее цело.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/faults.py" line="44"/>
        <source>{path} could not be read or written (a disk error): the change was not saved. Check the drive (is the USB stick still in?), then try again.</source>
        <translation>Не удалось прочитать или записать {path} (ошибка диска): изменение не сохранено. Проверьте носитель (вставлена ли флешка?) и повторите.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/faults.py" line="49"/>
        <source>{path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>{path} повреждён и не может быть открыт. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="61"/>
        <source>The vote file has none of the known column sets (for/against/abstain, dots, effect/feasibility, voter/choice, ranking).</source>
        <translation>В файле голосования нет ни одного известного набора столбцов (за/против/воздержались, стикеры, эффект/реализуемость, голосующий/выбор, ранжирование).</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="77"/>
        <source>{file} was imported before: nothing changed.</source>
        <translation>{file} уже импортировался ранее: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="136"/>
        <source>there is no proposal “{value}” on this platform</source>
        <translation>на этой площадке нет записи «{value}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="146"/>
        <source>the ranking is empty</source>
        <translation>ранжирование пусто</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="153"/>
        <source>“{value}” is not a participant of this platform</source>
        <translation>«{value}» — не участник этой площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="171"/>
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="179"/>
        <source>“{value}” is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="186"/>
        <source>“{value}” is not a choice (for, against or abstain)</source>
        <translation>«{value}» — не вариант ответа (за, против или воздержались)</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="69"/>
        <source>There is no such vote.</source>
        <translation>Такого голосования нет.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="87"/>
        <source>“{method}” is not a voting method.</source>
        <translation>«{method}» — не способ голосования.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="112"/>
        <source>Choose the proposals to vote on, each once.</source>
        <translation>Выберите записи для голосования, каждую по одному разу.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="122"/>
        <source>Only proposals of this platform can be put to its vote.</source>
        <translation>На голосование площадки можно выносить только записи этой площадки.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="125"/>
        <source>A ranking needs at least two proposals.</source>
        <translation>Для ранжирования нужно не меньше двух записей.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="131"/>
        <source>This vote is closed; reopen it or start a new round to change it.</source>
        <translation>Голосование закрыто; чтобы изменить его, откройте его снова или начните новый тур.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="142"/>
        <source>This proposal is not part of the vote.</source>
        <translation>Эта запись не участвует в голосовании.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/choices.py" line="63"/>
        <source>“{value}” is not a section.</source>
        <translation>«{value}» — не раздел резолюции.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/lock.py" line="89"/>
        <source>{path} is open in another Facilitator window or command. Close it there (or wait until the command finishes), then try again.</source>
        <translation>{path} открыт в другом окне или команде Facilitator. Закройте его там (или дождитесь завершения команды) и повторите.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/lock.py" line="95"/>
        <source>{path} is open in the Facilitator app on {host} (user {user}, since {since}). Close it there, then try again.</source>
        <translation>{path} открыт в приложении Facilitator на компьютере {host} (пользователь {user}, с {since}). Закройте его там и повторите.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/lock.py" line="101"/>
        <source>{path} is being changed by a Facilitator command on {host} (user {user}, since {since}). Wait until it finishes, then try again.</source>
        <translation>{path} сейчас изменяет команда Facilitator на компьютере {host} (пользователь {user}, с {since}). Дождитесь её завершения и повторите.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../facilitator/gui/operations.py" line="59"/>
        <location filename="../../facilitator/gui/operations.py" line="66"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="17"/>
        <source>Edit participant</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="17"/>
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="20"/>
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="21"/>
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="22"/>
        <source>&amp;Position</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="23"/>
        <source>&amp;Delegation / region</source>
        <translation>Д&amp;елегация / регион</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="24"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <location filename="../../facilitator/gui/participant_model.py" line="22"/>
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_model.py" line="23"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_model.py" line="24"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_model.py" line="25"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_model.py" line="26"/>
        <source>Delegation / region</source>
        <translation>Делегация / регион</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="103"/>
        <location filename="../../facilitator/gui/participants_panel.py" line="104"/>
        <source>Find participants</source>
        <translation>Поиск участников</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="105"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="106"/>
        <source>Present count</source>
        <translation>Число присутствующих</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="107"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="108"/>
        <source>Edi&amp;t…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="109"/>
        <source>&amp;Import list…</source>
        <translation>И&amp;мпорт списка…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="115"/>
        <source>Nobody matches the search.</source>
        <translation>Никто не подходит под поиск.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="117"/>
        <source>No participants on this platform yet. Import a list (Ctrl+I) or add people one by one (Ctrl+Shift+A).</source>
        <translation>На этой площадке пока нет участников. Импортируйте список (Ctrl+I) или добавьте людей по одному (Ctrl+Shift+A).</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="136"/>
        <source>Present: {present} of {total}</source>
        <translation>Присутствуют: {present} из {total}</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../../facilitator/gui/people.py" line="92"/>
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/people.py" line="94"/>
        <source>Participant lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Списки участников (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PlatformTable</name>
    <message>
        <location filename="../../facilitator/gui/platform_model.py" line="83"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/platform_model.py" line="84"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/platform_model.py" line="85"/>
        <source>Moderators</source>
        <translation>Модераторы</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/platform_model.py" line="86"/>
        <source>Room</source>
        <translation>Аудитория</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../facilitator/gui/preferences.py" line="20"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/preferences.py" line="22"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/preferences.py" line="24"/>
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/preferences.py" line="26"/>
        <source>The language changes at once; nothing you have typed is lost.</source>
        <translation>Язык меняется сразу; ничего из введённого не теряется.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/preferences.py" line="29"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../facilitator/gui/voting/projector.py" line="125"/>
        <source>Projector</source>
        <translation>Проектор</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/projector.py" line="126"/>
        <source>Full screen (F11)</source>
        <translation>Во весь экран (F11)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/projector.py" line="127"/>
        <source>Contrast</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/projector.py" line="164"/>
        <source>No votes yet</source>
        <translation>Голосов пока нет</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/projector.py" line="171"/>
        <source>Voting in progress</source>
        <translation>Идёт голосование</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/projector.py" line="218"/>
        <source>voting</source>
        <translation>идёт</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/projector.py" line="218"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/projector.py" line="219"/>
        <source>%1, round %2: %3 · present %4</source>
        <translation>%1, тур %2: %3 · присутствуют %4</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../../facilitator/gui/proposal_model.py" line="26"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposal_model.py" line="27"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposal_model.py" line="28"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposal_model.py" line="29"/>
        <source>Presenter / responsible</source>
        <translation>Докладчик / ответственный</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposal_model.py" line="30"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposal_model.py" line="31"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposal_model.py" line="32"/>
        <source>Vote result</source>
        <translation>Голосование</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="112"/>
        <source>Find in titles, texts, presenters and tags</source>
        <translation>Поиск по названиям, текстам, докладчикам и меткам</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="113"/>
        <source>Find proposals</source>
        <translation>Поиск записей</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="114"/>
        <source>Proposals</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="115"/>
        <source>Filter by kind</source>
        <translation>Отбор по виду</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="116"/>
        <source>Filter by status</source>
        <translation>Отбор по статусу</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="119"/>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="125"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="146"/>
        <source>Nothing matches the search or the filters.</source>
        <translation>Ничего не подходит под поиск или фильтры.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="149"/>
        <source>This session has no platforms yet. Add them in Edit → Session setup… (Ctrl+Shift+S), then import the participants (Ctrl+I).</source>
        <translation>В этой сессии пока нет площадок. Добавьте их: Правка → Настройка сессии… (Ctrl+Shift+S), затем импортируйте участников (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="153"/>
        <source>Nothing captured yet. Type a title in the line below and press Enter (Ctrl+N goes there; Ctrl+K changes the kind of the next entry).</source>
        <translation>Пока ничего не записано. Введите название в строке внизу и нажмите Enter (Ctrl+N переходит туда; Ctrl+K меняет вид следующей записи).</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../facilitator/gui/capture.py" line="38"/>
        <source>Kind of the new entry</source>
        <translation>Вид новой записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/capture.py" line="39"/>
        <source>Kind of the new entry (Ctrl+K changes it)</source>
        <translation>Вид новой записи (Ctrl+K — сменить)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/capture.py" line="41"/>
        <source>New {kind}: type a title and press Enter</source>
        <translation>Новая запись ({kind}): введите название и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/capture.py" line="43"/>
        <source>Quick capture</source>
        <translation>Быстрый ввод</translation>
    </message>
</context>
<context>
    <name>ResolutionCommands</name>
    <message>
        <location filename="../../facilitator/gui/resolution/commands.py" line="69"/>
        <source>Change the rules</source>
        <translation>изменение правил</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/commands.py" line="108"/>
        <source>Leave the item to the rules</source>
        <translation>возврат пункта к правилам</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/commands.py" line="110"/>
        <source>Include the item</source>
        <translation>включение пункта</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/commands.py" line="111"/>
        <source>Exclude the item</source>
        <translation>исключение пункта</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/commands.py" line="119"/>
        <source>Edit the wording</source>
        <translation>изменение формулировки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/commands.py" line="121"/>
        <source>Move to another section</source>
        <translation>перенос в другой раздел</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/commands.py" line="122"/>
        <source>Move the item</source>
        <translation>перемещение пункта</translation>
    </message>
</context>
<context>
    <name>ResolutionEditor</name>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="118"/>
        <source>Find by number or words…</source>
        <translation>Поиск по номеру или словам…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="119"/>
        <source>Find items</source>
        <translation>Поиск пунктов</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="120"/>
        <source>&amp;Only what goes in</source>
        <translation>&amp;Только включённые</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="121"/>
        <source>Show only the items in the resolution</source>
        <translation>Показывать только пункты, включённые в резолюцию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="122"/>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="123"/>
        <source>Move the item up within its section (Ctrl+Up)</source>
        <translation>Переместить пункт выше в пределах раздела (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="124"/>
        <source>Move &amp;down</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="125"/>
        <source>Move the item down within its section (Ctrl+Down)</source>
        <translation>Переместить пункт ниже в пределах раздела (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="126"/>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="127"/>
        <source>Export the resolution</source>
        <translation>Экспортировать резолюцию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="128"/>
        <source>Items of the resolution</source>
        <translation>Пункты резолюции</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="129"/>
        <source>Preview of the resolution</source>
        <translation>Предпросмотр резолюции</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="130"/>
        <location filename="../../facilitator/gui/resolution/editor.py" line="243"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/editor.py" line="243"/>
        <source>Preview — updating…</source>
        <translation>Предпросмотр — обновление…</translation>
    </message>
</context>
<context>
    <name>ResolutionModel</name>
    <message>
        <location filename="../../facilitator/gui/resolution/labels.py" line="38"/>
        <source>No vote</source>
        <translation>Голосования не было</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/labels.py" line="40"/>
        <source>{dots} dots</source>
        <translation>Стикеров: {dots}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/labels.py" line="42"/>
        <source>For {for_}, against {against}, abstain {abstain}</source>
        <translation>За — {for_}, против — {against}, воздержались — {abstain}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/labels.py" line="47"/>
        <source>Effect {effect}, feasibility {feasibility}</source>
        <translation>Эффект — {effect}, реализуемость — {feasibility}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/labels.py" line="52"/>
        <source>Place {rank}</source>
        <translation>Место: {rank}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/labels.py" line="53"/>
        <source>No figures</source>
        <translation>Нет данных</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="51"/>
        <source>{title} — {inside} of {total}</source>
        <translation>{title} — {inside} из {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="56"/>
        <source>{inside} of {total} items go into the resolution</source>
        <translation>В резолюцию входят пункты: {inside} из {total}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="69"/>
        <source>rules: in</source>
        <translation>авто: да</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="71"/>
        <source>rules: out</source>
        <translation>авто: нет</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="74"/>
        <source>in</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="76"/>
        <source>out</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="82"/>
        <source>The rules put it in.</source>
        <translation>Авто: по правилам пункт включается.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="84"/>
        <source>The rules leave it out.</source>
        <translation>Авто: по правилам пункт не включается.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="87"/>
        <source>Nobody changed that.</source>
        <translation>Вручную не менялось.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="89"/>
        <source>Included by hand.</source>
        <translation>Включён вручную.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="91"/>
        <source>Excluded by hand.</source>
        <translation>Исключён вручную.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="92"/>
        <source>Space: rules → in → out → rules</source>
        <translation>Пробел: авто → да → нет → авто</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="124"/>
        <source>Chosen by hand.</source>
        <translation>Выбран вручную.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="126"/>
        <source>By its kind.</source>
        <translation>По виду записи.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/looks.py" line="133"/>
        <source>The proposal&apos;s own text (F2 to write another):</source>
        <translation>Собственный текст записи (F2 — написать другой):</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/model.py" line="34"/>
        <source>In the resolution</source>
        <translation>В резолюции</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/model.py" line="35"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/model.py" line="36"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/model.py" line="37"/>
        <source>Wording</source>
        <translation>Формулировка</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/model.py" line="38"/>
        <source>Score</source>
        <translation>Балл</translation>
    </message>
</context>
<context>
    <name>ResolutionPreview</name>
    <message>
        <location filename="../../facilitator/gui/resolution/preview.py" line="113"/>
        <source>The preview failed: {error}</source>
        <translation>Не удалось построить предпросмотр: {error}</translation>
    </message>
</context>
<context>
    <name>ResolutionSections</name>
    <message>
        <location filename="../../facilitator/gui/resolution/labels.py" line="12"/>
        <source>General provisions</source>
        <translation>Общие положения</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/labels.py" line="13"/>
        <source>Participants note</source>
        <translation>Участники отмечают</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/labels.py" line="14"/>
        <source>Recommend</source>
        <translation>Рекомендовать</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/labels.py" line="15"/>
        <source>Propose</source>
        <translation>Предложить</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/labels.py" line="16"/>
        <source>Support project initiatives</source>
        <translation>Поддержать проектные инициативы</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/labels.py" line="17"/>
        <source>Final provisions</source>
        <translation>Заключительные положения</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/labels.py" line="26"/>
        <source>Platform {number}. {title}</source>
        <translation>Площадка {number}. {title}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../facilitator/gui/voting/results_view.py" line="91"/>
        <source>No results yet</source>
        <translation>Результатов пока нет</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_view.py" line="154"/>
        <source>Present: %1 of %2 registered</source>
        <translation>Присутствуют: %1 из %2 зарегистрированных</translation>
    </message>
</context>
<context>
    <name>RulesPanel</name>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="76"/>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="78"/>
        <source>The rules propose the items; a tick in the list decides for one item.</source>
        <translation>Правила предлагают пункты; отметка в списке решает судьбу отдельного пункта.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="80"/>
        <source>&amp;Adopted items</source>
        <translation>&amp;Принятые пункты</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="81"/>
        <source>&amp;Problems the participants note</source>
        <translation>П&amp;роблемы, отмеченные участниками</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="82"/>
        <source>&amp;Top by score per platform:</source>
        <translation>&amp;Лучших по баллу на площадке:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="83"/>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="84"/>
        <source>&amp;Score at least:</source>
        <translation>&amp;Балл не ниже:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="87"/>
        <source>&lt;b&gt;Keys in the list&lt;/b&gt;&lt;br&gt;Space: rules → in → out&lt;br&gt;F2: edit the wording&lt;br&gt;Ctrl+Up / Ctrl+Down: move within the section</source>
        <translation>&lt;b&gt;Клавиши в списке&lt;/b&gt;&lt;br&gt;Пробел: авто → да → нет&lt;br&gt;F2: изменить формулировку&lt;br&gt;Ctrl+Up / Ctrl+Down: переместить в пределах раздела</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="92"/>
        <source>Include adopted items</source>
        <translation>Включать принятые пункты</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="93"/>
        <source>Include problems</source>
        <translation>Включать проблемы</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="94"/>
        <source>Top items by score per platform</source>
        <translation>Лучшие пункты каждой площадки по баллу</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="95"/>
        <source>Use a minimum score</source>
        <translation>Учитывать минимальный балл</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="96"/>
        <source>Minimum score</source>
        <translation>Минимальный балл</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="101"/>
        <source>Besides the adopted items, the N best-scored items of each platform.</source>
        <translation>Кроме принятых пунктов — N пунктов каждой площадки с наибольшим баллом.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/rules_panel.py" line="104"/>
        <source>Items whose score (votes for, dots, mean rating) is at least this.</source>
        <translation>Пункты, балл которых (голоса «за», стикеры, средняя оценка) не ниже этого значения.</translation>
    </message>
</context>
<context>
    <name>SectionDelegate</name>
    <message>
        <location filename="../../facilitator/gui/resolution/delegates.py" line="27"/>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/resolution/delegates.py" line="30"/>
        <source>By its kind: {section}</source>
        <translation>По виду записи: {section}</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="38"/>
        <source>Session setup</source>
        <translation>Настройка сессии</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="52"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="53"/>
        <source>&amp;Forum</source>
        <translation>&amp;Форум</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="54"/>
        <source>&amp;Venue</source>
        <translation>&amp;Место проведения</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="55"/>
        <source>&amp;Organiser</source>
        <translation>&amp;Организатор</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="62"/>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="63"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="65"/>
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="67"/>
        <location filename="../../facilitator/gui/setup_dialog.py" line="96"/>
        <source>Platforms</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="72"/>
        <source>&amp;Add platform</source>
        <translation>Добавить &amp;площадку</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="73"/>
        <source>De&amp;lete platform</source>
        <translation>&amp;Удалить площадку</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="74"/>
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="75"/>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="151"/>
        <source>New platform</source>
        <translation>Новая площадка</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../facilitator/gui/sidebar.py" line="108"/>
        <source>Platfor&amp;ms</source>
        <translation>П&amp;лощадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/sidebar.py" line="109"/>
        <source>Platforms</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/platform_model.py" line="32"/>
        <source>Present {present} of {total}</source>
        <translation>Присутствуют {present} из {total}</translation>
    </message>
</context>
<context>
    <name>SimilarDialog</name>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="171"/>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="197"/>
        <source>Similar proposals</source>
        <translation>Похожие предложения</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/exchange/dialogs.py" line="175"/>
        <source>&amp;Merge the group…</source>
        <translation>&amp;Объединить группу…</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="76"/>
        <source>Reset</source>
        <translation>Сброс</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="77"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="78"/>
        <source>Choose how long the timer runs</source>
        <translation>Выберите длительность таймера</translation>
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="81"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="84"/>
        <source>Custom…</source>
        <translation>Другая…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="89"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="89"/>
        <source>Start</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="91"/>
        <source>Duration %1</source>
        <translation>Длительность %1</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="97"/>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="98"/>
        <source>Duration (minutes, or minutes:seconds):</source>
        <translation>Длительность (минуты или минуты:секунды):</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="15"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="16"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="17"/>
        <source>Project initiative</source>
        <translation>Проектная инициатива</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="18"/>
        <source>Resolution item</source>
        <translation>Пункт резолюции</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="21"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="22"/>
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="23"/>
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="24"/>
        <source>Resolution items</source>
        <translation>Пункты резолюции</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="37"/>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="38"/>
        <source>Up for vote</source>
        <translation>На голосовании</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="39"/>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="40"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="41"/>
        <source>Withdrawn</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="42"/>
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="83"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="84"/>
        <source>forum</source>
        <translation>форум</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="85"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="86"/>
        <source>venue</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="87"/>
        <source>organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="88"/>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="89"/>
        <source>moderators</source>
        <translation>модераторы</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="90"/>
        <source>room</source>
        <translation>аудитория</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="91"/>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="92"/>
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="93"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="94"/>
        <source>delegation</source>
        <translation>делегация</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="95"/>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="96"/>
        <source>platform</source>
        <translation>площадка</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="97"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="98"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="99"/>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="100"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="101"/>
        <source>presenter</source>
        <translation>докладчик</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="102"/>
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="103"/>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message>
        <location filename="../../facilitator/gui/voting/chart_data.py" line="81"/>
        <source>needed: {n}</source>
        <translation>нужно: {n}</translation>
    </message>
</context>
<context>
    <name>VoteCommands</name>
    <message>
        <location filename="../../facilitator/gui/voting/commands.py" line="59"/>
        <source>Vote entry</source>
        <translation>Запись голосования</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/commands.py" line="83"/>
        <source>Close the vote</source>
        <translation>Закрыть голосование</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/commands.py" line="85"/>
        <source>Reopen the vote</source>
        <translation>Возобновить голосование</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/commands.py" line="109"/>
        <source>Start a vote</source>
        <translation>Начать голосование</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../facilitator/gui/voting/dialog.py" line="93"/>
        <source>Vote</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/dialog.py" line="94"/>
        <source>&amp;Start vote</source>
        <translation>&amp;Начать голосование</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/dialog.py" line="95"/>
        <source>Close window</source>
        <translation>Закрыть окно</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/dialog.py" line="98"/>
        <source>Put to the vote:</source>
        <translation>На голосование выносятся:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/dialog.py" line="116"/>
        <source>Nobody is present</source>
        <translation>Никто не отмечен</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/dialog.py" line="120"/>
        <source>No participant of this platform is marked present, so nobody could vote. Mark who is in the room first (Participants: find a name, press Space).</source>
        <translation>Ни один участник площадки не отмечен как присутствующий, поэтому голосовать некому. Сначала отметьте тех, кто в зале (Участники: найдите фамилию, нажмите Пробел).</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/dialog.py" line="124"/>
        <source>&amp;Mark attendance</source>
        <translation>&amp;Отметить присутствие</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/dialog.py" line="128"/>
        <source>The vote was not started: nobody is present.</source>
        <translation>Голосование не начато: никто не отмечен как присутствующий.</translation>
    </message>
</context>
<context>
    <name>VoteEntry</name>
    <message>
        <location filename="../../facilitator/gui/voting/ballot_models.py" line="169"/>
        <source>Order, best first</source>
        <translation>Порядок, от лучшего</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/ranking_text.py" line="34"/>
        <source>“{part}” is not an item of this vote: type 1 to {count}.</source>
        <translation>«{part}» — не пункт этого голосования: введите число от 1 до {count}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/entries.py" line="60"/>
        <source>Ballot {n}</source>
        <translation>Бюллетень {n}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/entries.py" line="66"/>
        <source>{name} (absent)</source>
        <translation>{name} (отсутствует)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/entries.py" line="122"/>
        <source>Type 1, 2 or 3 (or з, п, в) for for, against, abstain; Delete clears.</source>
        <translation>Введите 1, 2 или 3 (или з, п, в): за, против, воздержались; Delete — очистить.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/entries.py" line="130"/>
        <source>Type the number of dots each participant put on each item.</source>
        <translation>Введите, сколько стикеров каждый участник поставил на каждый пункт.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/entries.py" line="147"/>
        <source>Type the dots counted on each item; Enter stores them and goes to the next.</source>
        <translation>Введите число стикеров на каждой записи; Enter сохраняет и переходит к следующей.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/entries.py" line="156"/>
        <source>Type each item&apos;s average score per criterion and, if known, the raters.</source>
        <translation>Введите среднюю оценку каждого пункта по каждому критерию и, если известно, число оценивших.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/entries.py" line="168"/>
        <source>Type each ballot&apos;s order, best first, e.g. “3 1 2”; “1=2” is a tie. Items: {legend}.</source>
        <translation>Введите порядок в каждом бюллетене, от лучшего, например «3 1 2»; «1=2» — равные места. Пункты: {legend}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/tally_model.py" line="22"/>
        <source>Dots</source>
        <translation>Стикеры</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/tally_model.py" line="24"/>
        <source>Raters</source>
        <translation>Оценивших</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/item_grid.py" line="64"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/item_grid.py" line="66"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/item_grid.py" line="68"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/tally_model.py" line="95"/>
        <source>#{rank} ({share} %)</source>
        <translation>№{rank} ({share} %)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/rating_entry.py" line="167"/>
        <source>&amp;Sheet of:</source>
        <translation>&amp;Лист участника:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/rating_entry.py" line="188"/>
        <source>Type a score from {low} to {high} per criterion: each digit is stored and the cursor moves on (a digit that may grow, such as 1 of 10, waits: Enter or space confirms it). Page Down: the next participant.</source>
        <translation>Введите оценку от {low} до {high} по каждому критерию: каждая цифра сохраняется, и курсор переходит дальше (цифра, которая может стать больше, например 1 из 10, ждёт: Enter или пробел подтверждает её). Page Down — следующий участник.</translation>
    </message>
</context>
<context>
    <name>VotePanel</name>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="102"/>
        <source>&amp;Close vote</source>
        <translation>&amp;Закрыть голосование</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="103"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Открыть снова</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="104"/>
        <source>&amp;New round</source>
        <translation>Новый &amp;тур</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="105"/>
        <source>No votes entered yet</source>
        <translation>Голоса ещё не введены</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="114"/>
        <source>Averages per item</source>
        <translation>Средние по пунктам</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="116"/>
        <source>Totals per item</source>
        <translation>Итоги по пунктам</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="117"/>
        <source>Sheet per participant</source>
        <translation>Листы участников</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="152"/>
        <source>Sheets were entered for this vote: they count, not the figures per item.</source>
        <translation>В этом голосовании введены листы участников: учитываются они, а не данные по пунктам.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="156"/>
        <source>Figures per item were entered: the first sheet replaces them.</source>
        <translation>Введены данные по пунктам: первый лист участника их заменит.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="203"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="203"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="205"/>
        <source>%1, round %2 (%3)</source>
        <translation>%1, тур %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="210"/>
        <source>Present: %1 of %2 registered</source>
        <translation>Присутствуют: %1 из %2 зарегистрированных</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/panel.py" line="216"/>
        <source>quorum: %1</source>
        <translation>кворум: %1</translation>
    </message>
</context>
<context>
    <name>VoteResults</name>
    <message>
        <location filename="../../facilitator/gui/voting/texts.py" line="77"/>
        <source>★ {dots} dots #{rank}</source>
        <translation>№{rank} · ★ стикеров: {dots}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/texts.py" line="90"/>
        <source>Schulze #{rank}</source>
        <translation>Шульце №{rank}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/texts.py" line="91"/>
        <source>Schulze #{schulze}, Borda #{borda}</source>
        <translation>Шульце №{schulze}, Борда №{borda}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_model.py" line="26"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_model.py" line="27"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_model.py" line="28"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_model.py" line="33"/>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_model.py" line="34"/>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_model.py" line="35"/>
        <source>Abstain</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_model.py" line="36"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_model.py" line="39"/>
        <source>Dots</source>
        <translation>Стикеры</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_model.py" line="41"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_model.py" line="46"/>
        <source>Raters</source>
        <translation>Оценивших</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_model.py" line="48"/>
        <source>Quadrant</source>
        <translation>Квадрант</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_model.py" line="53"/>
        <source>Borda points</source>
        <translation>Очки Борда</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_model.py" line="54"/>
        <source>Borda rank</source>
        <translation>Место по Борда</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_view.py" line="35"/>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_view.py" line="37"/>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/results_view.py" line="39"/>
        <source>{method}, round {round} ({status}): {items}</source>
        <translation>{method}, тур {round} ({status}): {items}</translation>
    </message>
</context>
<context>
    <name>VoteSetup</name>
    <message>
        <location filename="../../facilitator/gui/voting/setup.py" line="82"/>
        <source>e.g. 3/5 or 0.6</source>
        <translation>например, 3/5 или 0.6</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/setup.py" line="83"/>
        <source>Secret ballot (numbers, no names)</source>
        <translation>Тайное голосование (номера вместо имён)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/setup.py" line="84"/>
        <source>no limit</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/setup.py" line="87"/>
        <source>&amp;Method:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/setup.py" line="87"/>
        <source>Ma&amp;jority:</source>
        <translation>&amp;Большинство:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/setup.py" line="87"/>
        <source>Share of votes cast:</source>
        <translation>Доля поданных голосов:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/setup.py" line="88"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Кворум:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/setup.py" line="88"/>
        <source>&amp;Dots per participant:</source>
        <translation>Стикеров на &amp;участника:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/setup.py" line="89"/>
        <source>Most dots on one item:</source>
        <translation>Максимум стикеров на пункт:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/setup.py" line="89"/>
        <source>Scale from:</source>
        <translation>Шкала от:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/setup.py" line="89"/>
        <source>&amp;Criteria:</source>
        <translation>&amp;Критерии:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/setup.py" line="90"/>
        <source>Scale to:</source>
        <translation>Шкала до:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/setup.py" line="90"/>
        <source>&amp;Entered as:</source>
        <translation>&amp;Ввод:</translation>
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="15"/>
        <source>The {field} count must be a whole number (got {value}).</source>
        <translation>Число «{field}» должно быть целым (получено {value}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="22"/>
        <source>The {field} count cannot be negative (got {value}).</source>
        <translation>Число «{field}» не может быть отрицательным (получено {value}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="35"/>
        <source>{present} present is more than the {registered} registered.</source>
        <translation>Присутствующих ({present}) больше, чем зарегистрированных ({registered}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="48"/>
        <source>{votes} votes were given but only {present} people are present.</source>
        <translation>Подано голосов: {votes}, а присутствуют только {present}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="67"/>
        <source>Participant {voter} is not present.</source>
        <translation>Участник {voter} не присутствует.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="73"/>
        <source>Participant {voter} has already voted.</source>
        <translation>Участник {voter} уже проголосовал.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="88"/>
        <source>Item {item} is listed twice.</source>
        <translation>Пункт {item} указан дважды.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="100"/>
        <source>Item {item} is not among the items voted on.</source>
        <translation>Пункта {item} нет среди пунктов голосования.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/dots.py" line="36"/>
        <source>Dots per participant and the cap must be at least 1.</source>
        <translation>Число стикеров на участника и предел должны быть не меньше 1.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/dots.py" line="110"/>
        <source>{given} dots on item {item}; the cap is {limit}.</source>
        <translation>На пункте {item} стикеров: {given}; предел — {limit}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/dots.py" line="117"/>
        <source>{given} dots from one participant; each has {limit}.</source>
        <translation>От одного участника стикеров: {given}; у каждого их {limit}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/dots.py" line="131"/>
        <source>{given} dots on item {item}; at most {limit} can be there.</source>
        <translation>На пункте {item} стикеров: {given}; их может быть не больше {limit}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/dots.py" line="140"/>
        <source>{given} dots in all; those present have only {limit}.</source>
        <translation>Всего стикеров: {given}; у присутствующих их только {limit}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="21"/>
        <source>Open vote by count</source>
        <translation>Открытое голосование (подсчёт)</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="22"/>
        <source>Named vote</source>
        <translation>Поимённое голосование</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="23"/>
        <source>Dot voting</source>
        <translation>Голосование стикерами</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="24"/>
        <source>Multi-criteria rating</source>
        <translation>Оценка по нескольким критериям</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="25"/>
        <source>Ranking</source>
        <translation>Ранжирование</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="29"/>
        <source>More for than against</source>
        <translation>«За» больше, чем «против»</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="30"/>
        <source>More than half of the votes cast</source>
        <translation>Более половины поданных голосов</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="31"/>
        <source>More than half of those present</source>
        <translation>Более половины присутствующих</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="32"/>
        <source>At least two thirds of the votes cast</source>
        <translation>Не менее двух третей поданных голосов</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="33"/>
        <source>More than a set share</source>
        <translation>Более заданной доли</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="37"/>
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="38"/>
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="39"/>
        <source>No quorum</source>
        <translation>Нет кворума</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="43"/>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="44"/>
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="45"/>
        <source>Abstain</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="49"/>
        <source>Effect</source>
        <translation>Эффект</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="50"/>
        <source>Feasibility</source>
        <translation>Реализуемость</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="54"/>
        <source>Quick win</source>
        <translation>Быстрая победа</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="55"/>
        <source>Major project</source>
        <translation>Крупный проект</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="56"/>
        <source>Fill-in</source>
        <translation>Второстепенное</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="57"/>
        <source>Time sink</source>
        <translation>Поглотитель времени</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="61"/>
        <source>Borda count</source>
        <translation>Метод Борда</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="62"/>
        <source>Schulze method</source>
        <translation>Метод Шульце</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/named.py" line="58"/>
        <source>{choice} is not for, against or abstain.</source>
        <translation>{choice} — это не «за», «против» или «воздержались».</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/named.py" line="69"/>
        <source>A secret ballot cannot name its voter.</source>
        <translation>В тайном бюллетене нельзя указывать голосующего.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/named.py" line="74"/>
        <source>A secret ballot needs a ballot number.</source>
        <translation>У тайного бюллетеня должен быть номер.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/named.py" line="79"/>
        <source>Ballot {ballot} is counted twice.</source>
        <translation>Бюллетень {ballot} учтён дважды.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/named.py" line="90"/>
        <source>A ballot in a named vote must name its voter.</source>
        <translation>В поимённом голосовании бюллетень должен называть голосующего.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rank_ballots.py" line="32"/>
        <source>A place in a ranking must hold at least one item.</source>
        <translation>Место в ранжировании должно содержать хотя бы один пункт.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rank_ballots.py" line="39"/>
        <source>Item {item} is ranked twice on one ballot.</source>
        <translation>Пункт {item} дважды указан в одном бюллетене.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rating_rules.py" line="40"/>
        <source>A rating needs criteria and a scale low &lt; high.</source>
        <translation>Для оценки нужны критерии и шкала, где нижняя граница меньше верхней.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rating_rules.py" line="64"/>
        <source>The {criterion} score {value} is not in {low}–{high}.</source>
        <translation>Оценка по критерию «{criterion}» ({value}) вне диапазона {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rating_rules.py" line="79"/>
        <source>There is no criterion {criterion}.</source>
        <translation>Критерия «{criterion}» нет.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rating_rules.py" line="87"/>
        <source>The {criterion} score is missing.</source>
        <translation>Нет оценки по критерию «{criterion}».</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rules.py" line="40"/>
        <source>{value} is not a fraction.</source>
        <translation>{value} — не дробь.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rules.py" line="51"/>
        <source>The {name} {value} is out of range.</source>
        <translation>Значение {name} ({value}) вне допустимого диапазона.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rules.py" line="70"/>
        <source>A custom majority needs a fraction.</source>
        <translation>Для особого большинства нужна доля.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rules.py" line="76"/>
        <source>Only a custom majority takes a fraction.</source>
        <translation>Долю можно задать только для особого большинства.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rules.py" line="130"/>
        <source>The voting rules are not understood: {rules}.</source>
        <translation>Правила голосования не распознаны: {rules}.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="51"/>
        <source>secretariat</source>
        <translation>секретариат</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="52"/>
        <source>platform {number} laptop</source>
        <translation>ноутбук площадки {number}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="113"/>
        <location filename="../../facilitator/gui/welcome.py" line="114"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="117"/>
        <source>Run a strategic session: platforms, participants, problems, proposals, project initiatives and resolution items — offline, every edit saved at once.</source>
        <translation>Проведение стратегической сессии: площадки, участники, проблемы, предложения, проектные инициативы и пункты резолюции — без сети, каждое изменение сохраняется сразу.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="121"/>
        <source>&amp;New session…</source>
        <translation>&amp;Новая сессия…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="122"/>
        <source>&amp;Open session…</source>
        <translation>&amp;Открыть сессию…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="123"/>
        <source>Open the &amp;demo session</source>
        <translation>Открыть &amp;демонстрационную сессию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="124"/>
        <source>Open a platform &amp;kit…</source>
        <translation>Открыть &amp;комплект площадки…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="125"/>
        <source>&amp;Recent sessions</source>
        <translation>Недавние &amp;сессии</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="126"/>
        <source>Recent sessions</source>
        <translation>Недавние сессии</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="128"/>
        <source>New session</source>
        <translation>Новая сессия</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="129"/>
        <source>Open session</source>
        <translation>Открыть сессию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="130"/>
        <source>Open the demo session</source>
        <translation>Открыть демонстрационную сессию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="131"/>
        <source>Open a platform kit</source>
        <translation>Открыть комплект площадки</translation>
    </message>
</context>
<context>
    <name>WordingDelegate</name>
    <message>
        <location filename="../../facilitator/gui/resolution/delegates.py" line="55"/>
        <source>Wording in the resolution</source>
        <translation>Формулировка в резолюции</translation>
    </message>
</context>
</TS>
