<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name />
    <message>
        <location filename="../../facilitator/cli/common.py" line="20" />
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="72" />
        <location filename="../../facilitator/cli/votes.py" line="93" />
        <location filename="../../facilitator/cli/votes.py" line="104" />
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="16" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="17" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="18" />
        <source>&amp;Proposal</source>
        <translation>&amp;Запись</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="19" />
        <location filename="../../facilitator/gui/actions.py" line="101" />
        <source>P&amp;articipants</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="20" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="21" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="22" />
        <source>&amp;Kind</source>
        <translation>&amp;Вид записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="23" />
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="24" />
        <source>Open &amp;recent</source>
        <translation>Открыть &amp;недавнюю</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="39" />
        <source>&amp;New session…</source>
        <translation>&amp;Новая сессия…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="41" />
        <source>&amp;Open session…</source>
        <translation>&amp;Открыть сессию…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="42" />
        <source>Open the &amp;demo session</source>
        <translation>Открыть &amp;демонстрационную сессию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="46" />
        <source>&amp;Import participants…</source>
        <translation>&amp;Импорт участников…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="51" />
        <source>&amp;Close session</source>
        <translation>&amp;Закрыть сессию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="53" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="54" />
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="56" />
        <source>Session &amp;setup…</source>
        <translation>&amp;Настройка сессии…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="58" />
        <source>P&amp;references…</source>
        <translation>П&amp;араметры…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="59" />
        <source>&amp;New entry</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="63" />
        <source>Next &amp;kind for new entries</source>
        <translation>Следующий &amp;вид для новых записей</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="67" />
        <source>Ne&amp;xt entry</source>
        <translation>&amp;Следующая запись</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="70" />
        <source>Pre&amp;vious entry</source>
        <translation>&amp;Предыдущая запись</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="73" />
        <source>&amp;Delete entry</source>
        <translation>&amp;Удалить запись</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="78" />
        <source>&amp;Add participant…</source>
        <translation>&amp;Добавить участника…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="84" />
        <source>&amp;Edit participant…</source>
        <translation>&amp;Изменить участника…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="90" />
        <source>Mark &amp;present or absent</source>
        <translation>Отметить &amp;присутствие</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="96" />
        <source>&amp;Delete participant</source>
        <translation>&amp;Удалить участника</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="100" />
        <source>&amp;Proposals</source>
        <translation>&amp;Предложения</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="105" />
        <source>Ne&amp;xt platform</source>
        <translation>С&amp;ледующая площадка</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="112" />
        <source>Pre&amp;vious platform</source>
        <translation>П&amp;редыдущая площадка</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/actions.py" line="115" />
        <source>&amp;About Facilitator</source>
        <translation>&amp;О программе Facilitator</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <location filename="../../facilitator/cli/__init__.py" line="27" />
        <source>Facilitator: strategic sessions, offline platforms, resolutions.</source>
        <translation>Facilitator: стратегические сессии, площадки без сети, резолюции.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/__init__.py" line="34" />
        <source>language of messages (default: from the system locale)</source>
        <translation>язык сообщений (по умолчанию — из настроек системы)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/__init__.py" line="55" />
        <source>Error: {message}</source>
        <translation>Ошибка: {message}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="23" />
        <source>write the demo session to PATH</source>
        <translation>записать демонстрационную сессию в PATH</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="28" />
        <source>add participants, attendance and proposals</source>
        <translation>добавить участников, регистрацию и предложения</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="32" />
        <source>create a new, empty session file</source>
        <translation>создать новый пустой файл сессии</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="34" />
        <source>the session's title</source>
        <translation>название сессии</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="35" />
        <source>the forum it belongs to</source>
        <translation>форум, в рамках которого она проходит</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="36" />
        <source>the date, YYYY-MM-DD</source>
        <translation>дата, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="37" />
        <source>the place</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="38" />
        <source>the organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="43" />
        <source>a text file with one platform title a line</source>
        <translation>текстовый файл: по одному названию площадки в строке</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="47" />
        <source>show the session and its platforms</source>
        <translation>показать сессию и её площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="17" />
        <source>write a platform's kit (session setup and signing key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="33" />
        <source>the kit file to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="37" />
        <source>make a platform's session from its kit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="42" />
        <source>write this platform's results bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="50" />
        <source>the bundle file to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="54" />
        <source>merge platforms' results bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="58" />
        <source>only show what would change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="60" />
        <location filename="../../facilitator/cli/exchange.py" line="65" />
        <location filename="../../facilitator/cli/session.py" line="49" />
        <location filename="../../facilitator/cli/votes.py" line="37" />
        <source>print JSON</source>
        <translation>вывести в формате JSON</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="63" />
        <source>list open conflicts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="74" />
        <source>Kit for platform {number} written to {target}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="89" />
        <source>Session of platform {number} made at {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="102" />
        <source>Bundle {sequence} written to {target}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="120" />
        <source>already imported, nothing to do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="121" />
        <source>older than one already imported; merged, nothing reverts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="129" />
        <source>{name}: platform {platform}, bundle {sequence}: new {new}, changed {changed}, unchanged {unchanged}, conflicts {conflicts}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="145" />
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="149" />
        <source>Merged; backup taken first: {backup}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="161" />
        <source>No open conflicts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="165" />
        <source>#{id} {entity} “{title}” (platform {platform}):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="174" />
        <source>   {name}: here “{mine}”, platform “{theirs}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="52" />
        <source>start the desktop app</source>
        <translation>запустить приложение</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="60" />
        <source>import participants from CSV or XLSX</source>
        <translation>импортировать участников из CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="67" />
        <source>import proposals into a platform from CSV or XLSX</source>
        <translation>импортировать предложения площадки из CSV или XLSX</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/exchange.py" line="25" />
        <location filename="../../facilitator/cli/session.py" line="85" />
        <location filename="../../facilitator/cli/votes.py" line="29" />
        <source>the platform's number</source>
        <translation>номер площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="93" />
        <source>Demo session written to {path}.</source>
        <translation>Демонстрационная сессия записана в {path}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="119" />
        <source>Session created: {path} ({count} platforms).</source>
        <translation>Сессия создана: {path} (площадок: {count}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="148" />
        <source>Forum</source>
        <translation>Форум</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="149" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="150" />
        <source>Venue</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="151" />
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/session.py" line="160" />
        <source>   moderator: {moderators}; participants: {count}, present: {present}</source>
        <translation>   модератор: {moderators}; участников: {count}, присутствуют: {present}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="18" />
        <source>import votes counted elsewhere</source>
        <translation>импортировать голоса, подсчитанные в другом месте</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="21" />
        <source>record a vote from CSV or XLSX (see the README)</source>
        <translation>записать голосование из CSV или XLSX (см. README)</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="34" />
        <source>print the results of the votes</source>
        <translation>вывести результаты голосований</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="36" />
        <source>only this platform</source>
        <translation>только эта площадка</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="45" />
        <source>Vote recorded and closed: {count} items.</source>
        <translation>Голосование записано и закрыто: пунктов — {count}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="60" />
        <source>   no votes yet</source>
        <translation>   голосований пока нет</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="69" />
        <source>   {method}, round {round} ({status}); present {present} of {registered}</source>
        <translation>   {method}, тур {round} ({status}); присутствуют {present} из {registered}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="82" />
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="82" />
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="89" />
        <source>{for_}/{against}/{abstain} → {result}</source>
        <translation>{for_}/{against}/{abstain} → {result}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="98" />
        <source>#{rank}: {dots} dots</source>
        <translation>№{rank}: стикеров — {dots}</translation>
    </message>
    <message>
        <location filename="../../facilitator/cli/votes.py" line="108" />
        <source>Schulze #{schulze}, Borda #{borda} ({points} points)</source>
        <translation>Шульце №{schulze}, Борда №{borda} (очков — {points})</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="134" />
        <source>Add proposal</source>
        <translation>добавление записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="148" />
        <source>Edit proposal</source>
        <translation>изменение записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="159" />
        <source>Delete proposal</source>
        <translation>удаление записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="169" />
        <source>Mark present</source>
        <translation>отметка присутствия</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="171" />
        <source>Mark absent</source>
        <translation>отметка отсутствия</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="188" />
        <source>Add participant</source>
        <translation>добавление участника</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="201" />
        <source>Edit participant</source>
        <translation>изменение участника</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="212" />
        <source>Delete participant</source>
        <translation>удаление участника</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="221" />
        <source>Add platform</source>
        <translation>добавление площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="238" />
        <source>Edit platform</source>
        <translation>изменение площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="246" />
        <source>Delete platform</source>
        <translation>удаление площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="261" />
        <source>Move platform</source>
        <translation>перемещение площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/commands.py" line="281" />
        <source>Edit session</source>
        <translation>изменение сессии</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="71" />
        <source>Open session</source>
        <translation>Открыть сессию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="73" />
        <source>Facilitator sessions (*{ext});;All files (*)</source>
        <translation>Сессии Facilitator (*{ext});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="83" />
        <location filename="../../facilitator/gui/controller.py" line="93" />
        <source>New session</source>
        <translation>Новая сессия</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="85" />
        <source>Facilitator sessions (*{ext})</source>
        <translation>Сессии Facilitator (*{ext})</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="94" />
        <source>Title of the strategic session:</source>
        <translation>Название стратегической сессии:</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/controller.py" line="161" />
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="84" />
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="85" />
        <source>&amp;Kind</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="86" />
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="87" />
        <source>Te&amp;xt</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="88" />
        <source>&amp;Presenter</source>
        <translation>&amp;Докладчик</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="89" />
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="90" />
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="91" />
        <source>&amp;Deadline</source>
        <translation>С&amp;рок</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="92" />
        <source>Ta&amp;gs</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="97" />
        <source>comma separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="98" />
        <source>Select a proposal to see and edit its details.</source>
        <translation>Выберите запись, чтобы увидеть и изменить её поля.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/detail.py" line="99" />
        <source>Proposal details</source>
        <translation>Поля записи</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="39" />
        <location filename="../../facilitator/exchange/files.py" line="22" />
        <source>{file}: the file is too large ({size} bytes).</source>
        <translation>{file}: файл слишком велик ({size} байт).</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="54" />
        <source>{file}: too many members.</source>
        <translation>{file}: слишком много вложенных файлов.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="60" />
        <source>the path points outside the archive.</source>
        <translation>путь указывает за пределы архива.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="63" />
        <source>not a member this kind of file may hold.</source>
        <translation>такой файл не может содержаться в файле этого типа.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="66" />
        <source>appears twice.</source>
        <translation>встречается дважды.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="71" />
        <source>too large.</source>
        <translation>слишком велик.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="73" />
        <source>stored in a way this version cannot read.</source>
        <translation>записан способом, который эта версия не умеет читать.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="86" />
        <source>its size does not match the archive's directory.</source>
        <translation>его размер не совпадает с оглавлением архива.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/archive.py" line="96" />
        <source>not valid JSON.</source>
        <translation>некорректный JSON.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/checks.py" line="48" />
        <source>the record belongs to another platform.</source>
        <translation>запись относится к другой площадке.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/checks.py" line="63" />
        <source>{field} refers to a record that does not exist.</source>
        <translation>{field} ссылается на несуществующую запись.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/checks.py" line="116" />
        <source>it clashes with a record already in the session (same {table} under another id, or moved to another platform).</source>
        <translation>она противоречит записи, уже имеющейся в сессии (тот же объект {table} под другим идентификатором или перенесённый на другую площадку).</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/codec.py" line="72" />
        <source>its columns are not those of this version.</source>
        <translation>его столбцы не соответствуют этой версии.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/codec.py" line="76" />
        <source>it holds no list of rows.</source>
        <translation>в нём нет списка строк.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/codec.py" line="81" />
        <source>the row does not have the expected values.</source>
        <translation>в строке нет ожидаемых значений.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/codec.py" line="85" />
        <source>the value of {field} is invalid.</source>
        <translation>недопустимое значение {field}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/codec.py" line="88" />
        <source>the id repeats.</source>
        <translation>идентификатор повторяется.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/errors.py" line="23" />
        <source>{file}: the file is damaged or truncated, or is not a Facilitator file.</source>
        <translation>{file}: файл повреждён, обрезан или не является файлом Facilitator.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/errors.py" line="32" />
        <source>{file}: {member}: {reason}</source>
        <translation>{file}: {member}: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/errors.py" line="41" />
        <source>{file}: {table}, row {row}: {reason}</source>
        <translation>{file}: {table}, строка {row}: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/files.py" line="29" />
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: не удаётся прочитать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/files.py" line="51" />
        <source>{file}: cannot be written ({reason}).</source>
        <translation>{file}: не удаётся записать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="45" />
        <source>{file} belongs to another session, not to this one.</source>
        <translation>{file} относится к другой сессии, а не к этой.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="49" />
        <source>{file} comes from a platform this session does not have.</source>
        <translation>{file} получен с площадки, которой нет в этой сессии.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="53" />
        <location filename="../../facilitator/exchange/incoming.py" line="102" />
        <location filename="../../facilitator/exchange/manifest.py" line="129" />
        <source>{file}: the manifest is invalid ({key}).</source>
        <translation>{file}: некорректный манифест ({key}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="64" />
        <source>{file} is not signed; only bundles signed with a platform kit's key are accepted.</source>
        <translation>{file} не подписан; принимаются только пакеты, подписанные ключом из комплекта площадки.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="72" />
        <source>{file} says it comes from platform {number} but is signed with the key of platform {other}.</source>
        <translation>{file} заявлен как пакет площадки {number}, но подписан ключом площадки {other}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="77" />
        <source>{file}: the signature is not valid; the bundle was changed or forged.</source>
        <translation>{file}: подпись недействительна; пакет изменён или подделан.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="84" />
        <source>{file}: no kit was issued for platform {number} in this session, so its bundles cannot be trusted.</source>
        <translation>{file}: для площадки {number} в этой сессии не выдавался комплект, поэтому её пакетам нельзя доверять.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="87" />
        <source>{file} is signed with a key that no kit of this session carries.</source>
        <translation>{file} подписан ключом, которого нет ни в одном комплекте этой сессии.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="98" />
        <location filename="../../facilitator/exchange/kit.py" line="122" />
        <location filename="../../facilitator/exchange/manifest.py" line="125" />
        <source>missing.</source>
        <translation>отсутствует.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/incoming.py" line="107" />
        <source>a bundle may not carry this; only the platform's own records.</source>
        <translation>пакет не может содержать это; только собственные записи площадки.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/kit.py" line="153" />
        <source>{file}: the kit is incomplete or inconsistent; ask the secretariat for a new one.</source>
        <translation>{file}: комплект неполон или противоречив; запросите новый у секретариата.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/laptop.py" line="31" />
        <source>This session was not opened from a platform kit, so it cannot write a results bundle. Open the platform's kit first.</source>
        <translation>Эта сессия открыта не из комплекта площадки, поэтому не может записать пакет результатов. Сначала откройте комплект площадки.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/laptop.py" line="40" />
        <source>This is a platform's session (opened from a kit); kits are made and bundles merged in the secretariat's session.</source>
        <translation>Это сессия площадки (открыта из комплекта); комплекты создаются, а пакеты объединяются в сессии секретариата.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/manifest.py" line="115" />
        <source>not listed in the manifest, or not allowed here.</source>
        <translation>не указан в манифесте или здесь не допускается.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/manifest.py" line="118" />
        <source>{file}: the SHA-256 of {member} does not match the manifest: the file was changed or damaged.</source>
        <translation>{file}: SHA-256 файла {member} не совпадает с манифестом: файл изменён или повреждён.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/manifest.py" line="135" />
        <source>{file} is a platform kit, not a results bundle.</source>
        <translation>{file} — комплект площадки, а не пакет результатов.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/manifest.py" line="137" />
        <source>{file} is a results bundle, not a platform kit.</source>
        <translation>{file} — пакет результатов, а не комплект площадки.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/manifest.py" line="142" />
        <source>{file} was written by a newer version of Facilitator (format {found}; this version reads up to {known}). Please update.</source>
        <translation>{file} записан более новой версией Facilitator (формат {found}; эта версия читает до {known}). Обновите программу.</translation>
    </message>
    <message>
        <location filename="../../facilitator/exchange/conflicts.py" line="69" />
        <source>There is no such open conflict.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/exchange/conflicts.py" line="77" />
        <source>Choose mine, theirs or an edit.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../facilitator/export/selection.py" line="44" />
        <source>The number of top items ({value}) is negative.</source>
        <translation>Число лучших пунктов ({value}) отрицательно.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/selection.py" line="62" />
        <source>“{section}” is not a section of the resolution.</source>
        <translation>«{section}» — не раздел резолюции.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/template.py" line="42" />
        <source>The template {path} does not exist.</source>
        <translation>Шаблона {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/template.py" line="48" />
        <source>The template {path} is not a Word document (.docx).</source>
        <translation>Шаблон {path} не является документом Word (.docx).</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/template.py" line="72" />
        <source>The template {path} has no style “{style}”. Add a {kind} style with this name to it, or export with the default template.</source>
        <translation>В шаблоне {path} нет стиля «{style}». Добавьте в него стиль типа {kind} с этим именем или выполните экспорт со стандартным шаблоном.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/template.py" line="81" />
        <source>In the template {path} the style “{style}” should be a {kind} style.</source>
        <translation>В шаблоне {path} стиль «{style}» должен быть стилем типа {kind}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/docx_writer.py" line="224" />
        <source>Cannot write {path}: {reason}</source>
        <translation>Не удаётся записать {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/api.py" line="35" />
        <source>There is no platform number {number} in this session.</source>
        <translation>В этой сессии нет площадки номер {number}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/api.py" line="54" />
        <source>The output file {path} should end in .docx.</source>
        <translation>Имя выходного файла {path} должно оканчиваться на .docx.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/api.py" line="59" />
        <source>The folder {path} does not exist.</source>
        <translation>Папки {path} не существует.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/pdf.py" line="36" />
        <source>PDF needs LibreOffice, which is not installed. Install it (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation; Windows and macOS: from libreoffice.org) and try again, or open the .docx in Word and save it as PDF.</source>
        <translation>Для PDF нужен LibreOffice, а он не установлен. Установите его (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation; Windows и macOS: с сайта libreoffice.org) и повторите попытку или откройте .docx в Word и сохраните как PDF.</translation>
    </message>
    <message>
        <location filename="../../facilitator/export/pdf.py" line="77" />
        <source>LibreOffice could not convert {path} to PDF: {reason}</source>
        <translation>LibreOffice не удалось преобразовать {path} в PDF: {reason}</translation>
    </message>
</context>
<context>
    <name>ImportJob</name>
    <message>
        <location filename="../../facilitator/gui/importer.py" line="77" />
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/importer.py" line="78" />
        <source>Importing {file}…</source>
        <translation>Импорт {file}…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/importer.py" line="79" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="121" />
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="122" />
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="123" />
        <source>Views</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="165" />
        <source>{title} — Facilitator</source>
        <translation>{title} — Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="170" />
        <source>All changes saved at {time}</source>
        <translation>Все изменения сохранены в {time}</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="226" />
        <source>About Facilitator</source>
        <translation>О программе Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/main_window.py" line="228" />
        <source>Facilitator runs strategic sessions: capture, votes and the resolution, offline.</source>
        <translation>Facilitator помогает проводить стратегические сессии: сбор предложений, голосование и резолюция — без сети.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../facilitator/cli/session.py" line="131" />
        <location filename="../../facilitator/importing/tabular.py" line="37" />
        <source>{file}: cannot be read ({reason}).</source>
        <translation>{file}: не удаётся прочитать ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/columns.py" line="62" />
        <source>{file}: no “{column}” column (the header row has: {found}).</source>
        <translation>{file}: нет столбца «{column}» (в строке заголовков: {found}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/columns.py" line="94" />
        <source>row {row}: {problem}</source>
        <translation>строка {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/columns.py" line="98" />
        <source>row {row}, column “{column}”: {problem}</source>
        <translation>строка {row}, столбец «{column}»: {problem}</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/columns.py" line="111" />
        <source>…and {count} more.</source>
        <translation>…и ещё {count}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/columns.py" line="113" />
        <source>{file}: nothing was imported.
{problems}</source>
        <translation>{file}: ничего не импортировано.
{problems}</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/participants.py" line="73" />
        <source>there is no platform “{value}” in this session</source>
        <translation>в этой сессии нет площадки «{value}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/report.py" line="25" />
        <source>{file}: nothing added, all {skipped} rows are already there.</source>
        <translation>{file}: ничего не добавлено, все строки ({skipped}) уже есть.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/report.py" line="33" />
        <source>{file}: {added} added, {skipped} already there.</source>
        <translation>{file}: добавлено {added}, уже были {skipped}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/report.py" line="41" />
        <source>{text}
Columns not recognised and left out: {columns}.</source>
        <translation>{text}
Нераспознанные и пропущенные столбцы: {columns}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/tabular.py" line="44" />
        <source>{file}: the file is empty (no header row).</source>
        <translation>{file}: файл пуст (нет строки заголовков).</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/tabular.py" line="61" />
        <source>{file}: this is not a text (CSV) or XLSX file.</source>
        <translation>{file}: это не текстовый файл (CSV) и не файл XLSX.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/tabular.py" line="72" />
        <source>{file}: unknown text encoding (expected UTF-8 or Windows-1251).</source>
        <translation>{file}: неизвестная кодировка текста (ожидается UTF-8 или Windows-1251).</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/tabular.py" line="87" />
        <source>{file}: malformed CSV ({reason}).</source>
        <translation>{file}: ошибка в формате CSV ({reason}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/tabular.py" line="105" />
        <source>{file}: damaged or not an XLSX workbook.</source>
        <translation>{file}: файл повреждён или не является книгой XLSX.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/participants.py" line="44" />
        <source>There is no such participant.</source>
        <translation>Такого участника нет.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/participants.py" line="94" />
        <location filename="../../facilitator/services/platforms.py" line="22" />
        <location filename="../../facilitator/services/proposals.py" line="105" />
        <source>There is no such platform.</source>
        <translation>Такой площадки нет.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/platforms.py" line="30" />
        <source>There is no platform number {number} in this session.</source>
        <translation>В этой сессии нет площадки номер {number}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/proposals.py" line="95" />
        <source>There is no such proposal.</source>
        <translation>Такой записи нет.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/records.py" line="138" />
        <source>Cancelled: nothing was changed.</source>
        <translation>Отменено: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/validate.py" line="33" />
        <source>The {field} must not be empty.</source>
        <translation>Поле «{field}» не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/validate.py" line="59" />
        <source>The {field} “{value}” is not a date (expected YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>Поле «{field}»: «{value}» — не дата (ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/validate.py" line="74" />
        <source>“{value}” is not a kind of proposal (expected one of: {known}).</source>
        <translation>«{value}» — не вид записи (ожидается одно из: {known}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/validate.py" line="89" />
        <source>“{value}” is not a status (expected one of: {known}).</source>
        <translation>«{value}» — не статус (ожидается одно из: {known}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/validate.py" line="102" />
        <source>The {field} “{value}” is not a positive whole number.</source>
        <translation>Поле «{field}»: «{value}» — не целое положительное число.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/db.py" line="93" />
        <source>{path} already exists.</source>
        <translation>{path} уже существует.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/db.py" line="118" />
        <source>{path} was written by a newer version of Facilitator (schema {found}, this version reads up to {known}). Please update.</source>
        <translation>{path} записан более новой версией Facilitator (схема {found}, эта версия читает до {known}). Обновите программу.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/db.py" line="138" />
        <source>{path} does not exist.</source>
        <translation>{path} не существует.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/db.py" line="165" />
        <source>{path} is not a Facilitator session file.</source>
        <translation>{path} не является файлом сессии Facilitator.</translation>
    </message>
    <message>
        <location filename="../../facilitator/store/db.py" line="171" />
        <source>{path} is damaged and cannot be opened. Restore it from a backup.</source>
        <translation>{path} повреждён и не может быть открыт. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="61" />
        <source>The vote file has none of the known column sets (for/against/abstain, dots, effect/feasibility, voter/choice, ranking).</source>
        <translation>В файле голосования нет ни одного известного набора столбцов (за/против/воздержались, стикеры, эффект/реализуемость, голосующий/выбор, ранжирование).</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="77" />
        <source>{file} was imported before: nothing changed.</source>
        <translation>{file} уже импортировался ранее: ничего не изменено.</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="136" />
        <source>there is no proposal “{value}” on this platform</source>
        <translation>на этой площадке нет записи «{value}»</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="146" />
        <source>the ranking is empty</source>
        <translation>ранжирование пусто</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="153" />
        <source>“{value}” is not a participant of this platform</source>
        <translation>«{value}» — не участник этой площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="171" />
        <source>“{value}” is not a whole number</source>
        <translation>«{value}» — не целое число</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="179" />
        <source>“{value}” is not a number</source>
        <translation>«{value}» — не число</translation>
    </message>
    <message>
        <location filename="../../facilitator/importing/votes.py" line="186" />
        <source>“{value}” is not a choice (for, against or abstain)</source>
        <translation>«{value}» — не вариант ответа (за, против или воздержались)</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="73" />
        <source>There is no such vote.</source>
        <translation>Такого голосования нет.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="87" />
        <source>“{method}” is not a voting method.</source>
        <translation>«{method}» — не способ голосования.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="110" />
        <source>Choose the proposals to vote on, each once.</source>
        <translation>Выберите записи для голосования, каждую по одному разу.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="120" />
        <source>Only proposals of this platform can be put to its vote.</source>
        <translation>На голосование площадки можно выносить только записи этой площадки.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="123" />
        <source>A ranking needs at least two proposals.</source>
        <translation>Для ранжирования нужно не меньше двух записей.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="129" />
        <source>This vote is closed; reopen it or start a new round to change it.</source>
        <translation>Голосование закрыто; чтобы изменить его, откройте его снова или начните новый тур.</translation>
    </message>
    <message>
        <location filename="../../facilitator/services/votes.py" line="140" />
        <source>This proposal is not part of the vote.</source>
        <translation>Эта запись не участвует в голосовании.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../facilitator/gui/operations.py" line="47" />
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../facilitator/gui/widgets.py" line="67" />
        <source>No date</source>
        <translation>Без срока</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/widgets.py" line="68" />
        <source>Clear the date</source>
        <translation>Очистить дату</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="17" />
        <source>Edit participant</source>
        <translation>Изменить участника</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="17" />
        <source>Add participant</source>
        <translation>Добавить участника</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="20" />
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="21" />
        <source>&amp;Organisation</source>
        <translation>&amp;Организация</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="22" />
        <source>&amp;Position</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="23" />
        <source>&amp;Delegation / region</source>
        <translation>Д&amp;елегация / регион</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_dialog.py" line="24" />
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <location filename="../../facilitator/gui/participant_model.py" line="15" />
        <source>Present</source>
        <translation>Присутствует</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_model.py" line="16" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_model.py" line="17" />
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_model.py" line="18" />
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participant_model.py" line="19" />
        <source>Delegation / region</source>
        <translation>Делегация / регион</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="82" />
        <location filename="../../facilitator/gui/participants_panel.py" line="83" />
        <source>Find participants</source>
        <translation>Поиск участников</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="84" />
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="85" />
        <source>Present count</source>
        <translation>Число присутствующих</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="86" />
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="87" />
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="88" />
        <source>&amp;Import list…</source>
        <translation>И&amp;мпорт списка…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/participants_panel.py" line="107" />
        <source>Present: {present} of {total}</source>
        <translation>Присутствуют: {present} из {total}</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../../facilitator/gui/people.py" line="90" />
        <source>Import participants</source>
        <translation>Импорт участников</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/people.py" line="92" />
        <source>Participant lists (*.csv *.xlsx);;All files (*)</source>
        <translation>Списки участников (*.csv *.xlsx);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>PlatformTable</name>
    <message>
        <location filename="../../facilitator/gui/platform_model.py" line="83" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/platform_model.py" line="84" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/platform_model.py" line="85" />
        <source>Moderators</source>
        <translation>Модераторы</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/platform_model.py" line="86" />
        <source>Room</source>
        <translation>Аудитория</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../facilitator/gui/preferences.py" line="20" />
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/preferences.py" line="22" />
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/preferences.py" line="24" />
        <source>Same as the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/preferences.py" line="26" />
        <source>The language changes at once; nothing you have typed is lost.</source>
        <translation>Язык меняется сразу; ничего из введённого не теряется.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/preferences.py" line="29" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
</context>
<context>
    <name>ProposalTable</name>
    <message>
        <location filename="../../facilitator/gui/proposal_model.py" line="26" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposal_model.py" line="27" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposal_model.py" line="28" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposal_model.py" line="29" />
        <source>Presenter / responsible</source>
        <translation>Докладчик / ответственный</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposal_model.py" line="30" />
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposal_model.py" line="31" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="109" />
        <source>Find in titles, texts, presenters and tags</source>
        <translation>Поиск по названиям, текстам, докладчикам и меткам</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="110" />
        <source>Find proposals</source>
        <translation>Поиск записей</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="111" />
        <source>Proposals</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="112" />
        <source>Filter by kind</source>
        <translation>Отбор по виду</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="113" />
        <source>Filter by status</source>
        <translation>Отбор по статусу</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="116" />
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/proposals_panel.py" line="122" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../facilitator/gui/capture.py" line="38" />
        <source>Kind of the new entry</source>
        <translation>Вид новой записи</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/capture.py" line="39" />
        <source>Kind of the new entry (Ctrl+K changes it)</source>
        <translation>Вид новой записи (Ctrl+K — сменить)</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/capture.py" line="41" />
        <source>New {kind}: type a title and press Enter</source>
        <translation>Новая запись ({kind}): введите название и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/capture.py" line="43" />
        <source>Quick capture</source>
        <translation>Быстрый ввод</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="38" />
        <source>Session setup</source>
        <translation>Настройка сессии</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="52" />
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="53" />
        <source>&amp;Forum</source>
        <translation>&amp;Форум</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="54" />
        <source>&amp;Venue</source>
        <translation>&amp;Место проведения</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="55" />
        <source>&amp;Organiser</source>
        <translation>&amp;Организатор</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="62" />
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="63" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="65" />
        <source>Session</source>
        <translation>Сессия</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="67" />
        <location filename="../../facilitator/gui/setup_dialog.py" line="96" />
        <source>Platforms</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="72" />
        <source>&amp;Add platform</source>
        <translation>&amp;Добавить площадку</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="73" />
        <source>De&amp;lete platform</source>
        <translation>&amp;Удалить площадку</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="74" />
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="75" />
        <source>Move do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/setup_dialog.py" line="151" />
        <source>New platform</source>
        <translation>Новая площадка</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../facilitator/gui/sidebar.py" line="106" />
        <source>&amp;Platforms</source>
        <translation>&amp;Площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/sidebar.py" line="107" />
        <source>Platforms</source>
        <translation>Площадки</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/platform_model.py" line="32" />
        <source>Present {present} of {total}</source>
        <translation>Присутствуют {present} из {total}</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="76" />
        <source>Reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="77" />
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="78" />
        <source>Choose how long the timer runs</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="81" />
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="84" />
        <source>Custom…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="89" />
        <source>Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="89" />
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="91" />
        <source>Duration %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="97" />
        <source>Timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/timer_widget.py" line="98" />
        <source>Duration (minutes, or minutes:seconds):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="15" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="16" />
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="17" />
        <source>Project initiative</source>
        <translation>Проектная инициатива</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="18" />
        <source>Resolution item</source>
        <translation>Пункт резолюции</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="21" />
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="22" />
        <source>Proposals</source>
        <translation>Предложения</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="23" />
        <source>Initiatives</source>
        <translation>Инициативы</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="24" />
        <source>Resolution items</source>
        <translation>Пункты резолюции</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="37" />
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="38" />
        <source>Up for vote</source>
        <translation>На голосовании</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="39" />
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="40" />
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="41" />
        <source>Withdrawn</source>
        <translation>Снято</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="42" />
        <source>Merged</source>
        <translation>Объединено</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="83" />
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="84" />
        <source>forum</source>
        <translation>форум</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="85" />
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="86" />
        <source>venue</source>
        <translation>место проведения</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="87" />
        <source>organiser</source>
        <translation>организатор</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="88" />
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="89" />
        <source>moderators</source>
        <translation>модераторы</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="90" />
        <source>room</source>
        <translation>аудитория</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="91" />
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="92" />
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="93" />
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="94" />
        <source>delegation</source>
        <translation>делегация</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="95" />
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="96" />
        <source>platform</source>
        <translation>площадка</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="97" />
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="98" />
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="99" />
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="100" />
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="101" />
        <source>presenter</source>
        <translation>докладчик</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="102" />
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location filename="../../facilitator/vocabulary.py" line="103" />
        <source>deadline</source>
        <translation>срок</translation>
    </message>
</context>
<context>
    <name>VoteChart</name>
    <message>
        <location filename="../../facilitator/gui/voting/chart_data.py" line="80" />
        <source>needed: {n}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VoteEntry</name>
    <message>
        <location filename="../../facilitator/gui/voting/ballot_models.py" line="156" />
        <source>Order, best first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/ranking_text.py" line="35" />
        <source>“{part}” is not an item of this vote: type 1 to {count}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VoteResults</name>
    <message numerus="yes">
        <location filename="../../facilitator/gui/voting/texts.py" line="59" />
        <source>★ %n dots #{rank}</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/texts.py" line="73" />
        <source>Schulze #{rank}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../facilitator/gui/voting/texts.py" line="74" />
        <source>Schulze #{schulze}, Borda #{borda}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Voting</name>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="15" />
        <source>The {field} count must be a whole number (got {value}).</source>
        <translation>Число «{field}» должно быть целым (получено {value}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="22" />
        <source>The {field} count cannot be negative (got {value}).</source>
        <translation>Число «{field}» не может быть отрицательным (получено {value}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="35" />
        <source>{present} present is more than the {registered} registered.</source>
        <translation>Присутствующих ({present}) больше, чем зарегистрированных ({registered}).</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="48" />
        <source>{votes} votes were given but only {present} people are present.</source>
        <translation>Подано голосов: {votes}, а присутствуют только {present}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="67" />
        <source>Participant {voter} is not present.</source>
        <translation>Участник {voter} не присутствует.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="73" />
        <source>Participant {voter} has already voted.</source>
        <translation>Участник {voter} уже проголосовал.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="88" />
        <source>Item {item} is listed twice.</source>
        <translation>Пункт {item} указан дважды.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/_checks.py" line="100" />
        <source>Item {item} is not among the items voted on.</source>
        <translation>Пункта {item} нет среди пунктов голосования.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/dots.py" line="36" />
        <source>Dots per participant and the cap must be at least 1.</source>
        <translation>Число стикеров на участника и предел должны быть не меньше 1.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/dots.py" line="110" />
        <source>{given} dots on item {item}; the cap is {limit}.</source>
        <translation>На пункте {item} стикеров: {given}; предел — {limit}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/dots.py" line="117" />
        <source>{given} dots from one participant; each has {limit}.</source>
        <translation>От одного участника стикеров: {given}; у каждого их {limit}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/dots.py" line="131" />
        <source>{given} dots on item {item}; at most {limit} can be there.</source>
        <translation>На пункте {item} стикеров: {given}; их может быть не больше {limit}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/dots.py" line="140" />
        <source>{given} dots in all; those present have only {limit}.</source>
        <translation>Всего стикеров: {given}; у присутствующих их только {limit}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="21" />
        <source>Open vote by count</source>
        <translation>Открытое голосование (подсчёт)</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="22" />
        <source>Named vote</source>
        <translation>Поимённое голосование</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="23" />
        <source>Dot voting</source>
        <translation>Голосование стикерами</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="24" />
        <source>Multi-criteria rating</source>
        <translation>Оценка по нескольким критериям</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="25" />
        <source>Ranking</source>
        <translation>Ранжирование</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="29" />
        <source>More for than against</source>
        <translation>«За» больше, чем «против»</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="30" />
        <source>More than half of the votes cast</source>
        <translation>Более половины поданных голосов</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="31" />
        <source>More than half of those present</source>
        <translation>Более половины присутствующих</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="32" />
        <source>At least two thirds of the votes cast</source>
        <translation>Не менее двух третей поданных голосов</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="33" />
        <source>More than a set share</source>
        <translation>Более заданной доли</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="37" />
        <source>Adopted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="38" />
        <source>Rejected</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="39" />
        <source>No quorum</source>
        <translation>Нет кворума</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="43" />
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="44" />
        <source>Against</source>
        <translation>Против</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="45" />
        <source>Abstain</source>
        <translation>Воздержались</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="49" />
        <source>Effect</source>
        <translation>Эффект</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="50" />
        <source>Feasibility</source>
        <translation>Реализуемость</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="54" />
        <source>Quick win</source>
        <translation>Быстрая победа</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="55" />
        <source>Major project</source>
        <translation>Крупный проект</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="56" />
        <source>Fill-in</source>
        <translation>Попутная задача</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="57" />
        <source>Time sink</source>
        <translation>Пустая трата времени</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="61" />
        <source>Borda count</source>
        <translation>Метод Борда</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/labels.py" line="62" />
        <source>Schulze method</source>
        <translation>Метод Шульце</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/named.py" line="58" />
        <source>{choice} is not for, against or abstain.</source>
        <translation>{choice} — это не «за», «против» или «воздержались».</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/named.py" line="69" />
        <source>A secret ballot cannot name its voter.</source>
        <translation>В тайном бюллетене нельзя указывать голосующего.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/named.py" line="74" />
        <source>A secret ballot needs a ballot number.</source>
        <translation>У тайного бюллетеня должен быть номер.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/named.py" line="79" />
        <source>Ballot {ballot} is counted twice.</source>
        <translation>Бюллетень {ballot} учтён дважды.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/named.py" line="90" />
        <source>A ballot in a named vote must name its voter.</source>
        <translation>В поимённом голосовании бюллетень должен называть голосующего.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rank_ballots.py" line="32" />
        <source>A place in a ranking must hold at least one item.</source>
        <translation>Место в ранжировании должно содержать хотя бы один пункт.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rank_ballots.py" line="39" />
        <source>Item {item} is ranked twice on one ballot.</source>
        <translation>Пункт {item} дважды указан в одном бюллетене.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rating_rules.py" line="40" />
        <source>A rating needs criteria and a scale low &lt; high.</source>
        <translation>Для оценки нужны критерии и шкала, где нижняя граница меньше верхней.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rating_rules.py" line="64" />
        <source>The {criterion} score {value} is not in {low}–{high}.</source>
        <translation>Оценка по критерию «{criterion}» ({value}) вне диапазона {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rating_rules.py" line="79" />
        <source>There is no criterion {criterion}.</source>
        <translation>Критерия «{criterion}» нет.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rating_rules.py" line="87" />
        <source>The {criterion} score is missing.</source>
        <translation>Нет оценки по критерию «{criterion}».</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rules.py" line="40" />
        <source>{value} is not a fraction.</source>
        <translation>{value} — не дробь.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rules.py" line="51" />
        <source>The {name} {value} is out of range.</source>
        <translation>Значение {name} ({value}) вне допустимого диапазона.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rules.py" line="70" />
        <source>A custom majority needs a fraction.</source>
        <translation>Для особого большинства нужна доля.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rules.py" line="76" />
        <source>Only a custom majority takes a fraction.</source>
        <translation>Долю можно задать только для особого большинства.</translation>
    </message>
    <message>
        <location filename="../../facilitator/voting/rules.py" line="130" />
        <source>The voting rules are not understood: {rules}.</source>
        <translation>Правила голосования не распознаны: {rules}.</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="90" />
        <location filename="../../facilitator/gui/welcome.py" line="91" />
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="94" />
        <source>Run a strategic session: platforms, participants, problems, proposals, project initiatives and resolution items — offline, every edit saved at once.</source>
        <translation>Проведение стратегической сессии: площадки, участники, проблемы, предложения, проектные инициативы и пункты резолюции — без сети, каждое изменение сохраняется сразу.</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="98" />
        <source>&amp;New session…</source>
        <translation>&amp;Новая сессия…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="99" />
        <source>&amp;Open session…</source>
        <translation>&amp;Открыть сессию…</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="100" />
        <source>Open the &amp;demo session</source>
        <translation>Открыть &amp;демонстрационную сессию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="101" />
        <source>&amp;Recent sessions</source>
        <translation>&amp;Недавние сессии</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="102" />
        <source>Recent sessions</source>
        <translation>Недавние сессии</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="104" />
        <source>New session</source>
        <translation>Новая сессия</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="105" />
        <source>Open session</source>
        <translation>Открыть сессию</translation>
    </message>
    <message>
        <location filename="../../facilitator/gui/welcome.py" line="106" />
        <source>Open the demo session</source>
        <translation>Открыть демонстрационную сессию</translation>
    </message>
</context>
</TS>