<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AlertText</name>
    <message>
        <source>Unusual for this customer</source>
        <translation>Необычно для этого клиента</translation>
    </message>
    <message>
        <source>Strong anger</source>
        <translation>Сильный гнев</translation>
    </message>
    <message>
        <source>Wants to leave</source>
        <translation>Хочет уйти</translation>
    </message>
    <message>
        <source>First answer due soon</source>
        <translation>Скоро срок первого ответа</translation>
    </message>
    <message>
        <source>First answer overdue</source>
        <translation>Первый ответ просрочен</translation>
    </message>
    <message>
        <source>Resolution due soon</source>
        <translation>Скоро срок решения</translation>
    </message>
    <message>
        <source>Resolution overdue</source>
        <translation>Решение просрочено</translation>
    </message>
    <message>
        <source>Back again within days</source>
        <translation>Снова обратился через несколько дней</translation>
    </message>
    <message>
        <source>Handed over by the assistant</source>
        <translation>Передано ассистентом</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>taken over</source>
        <translation>взято на себя</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>передано</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>отправка…</translation>
    </message>
    <message>
        <source>nobody assigned</source>
        <translation>никто не назначен</translation>
    </message>
    <message>
        <source>The customer wrote: “%1”</source>
        <translation>Клиент написал: «%1»</translation>
    </message>
    <message>
        <source>Strongest feeling: %1, at %2.</source>
        <translation>Самое сильное чувство: %1, сила %2.</translation>
    </message>
    <message>
        <source>Mood of the message: %1 (from −1 to +1).</source>
        <translation>Настроение сообщения: %1 (от −1 до +1).</translation>
    </message>
    <message>
        <source>This customer’s normal range: %1 ± %2</source>
        <translation>Обычный диапазон этого клиента: %1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, mostly from all customers: %n message(s) of their own.</source>
        <translation>
            <numerusform>%1, в основном по всем клиентам: %n собственное сообщение.</numerusform>
            <numerusform>%1, в основном по всем клиентам: %n собственных сообщения.</numerusform>
            <numerusform>%1, в основном по всем клиентам: %n собственных сообщений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, from %n of their own messages.</source>
        <translation>
            <numerusform>%1, по %n собственному сообщению.</numerusform>
            <numerusform>%1, по %n собственным сообщениям.</numerusform>
            <numerusform>%1, по %n собственным сообщениям.</numerusform>
        </translation>
    </message>
    <message>
        <source>The promise was %1; it is %2 overdue.</source>
        <translation>Обещано было %1; просрочено на %2.</translation>
    </message>
    <message>
        <source>The promise is %1, in %2.</source>
        <translation>Обещано %1, через %2.</translation>
    </message>
    <message>
        <source>The customer had another conversation in the days before this one.</source>
        <translation>В предыдущие дни у клиента был другой разговор.</translation>
    </message>
    <message>
        <source>The automated assistant answered and the customer still needs a person.</source>
        <translation>Автоматический ассистент ответил, но клиенту всё ещё нужен человек.</translation>
    </message>
    <message>
        <source>Given to %1 by %2, %3.</source>
        <translation>Передано: %1, кем: %2, %3.</translation>
    </message>
    <message>
        <source>Taken over by %1, %2.</source>
        <translation>Взято на себя: %1, %2.</translation>
    </message>
    <message>
        <source>Acknowledged by %1, %2.</source>
        <translation>Подтверждено: %1, %2.</translation>
    </message>
    <message>
        <source>The server refused the last action: %1</source>
        <translation>Сервер отклонил последнее действие: %1</translation>
    </message>
</context>
<context>
    <name>BadgeTooltip</name>
    <message>
        <source>Not scored yet</source>
        <translation>Ещё не оценено</translation>
    </message>
    <message>
        <source>corrected by an agent</source>
        <translation>исправлено оператором</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Уверенность: %1</translation>
    </message>
    <message>
        <source>Intensity: %1</source>
        <translation>Интенсивность: %1</translation>
    </message>
    <message>
        <source>Risk of losing the customer: %1</source>
        <translation>Риск потерять клиента: %1</translation>
    </message>
    <message>
        <source>Emotions: %1</source>
        <translation>Эмоции: %1</translation>
    </message>
    <message>
        <source>“%1” (negated)</source>
        <comment>a word the engine read as negated</comment>
        <translation>«%1» (с отрицанием)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Почему: %1</translation>
    </message>
    <message>
        <source>Click the badge to correct it.</source>
        <translation>Нажмите на значок, чтобы исправить его.</translation>
    </message>
</context>
<context>
    <name>CacheFile</name>
    <message>
        <source>The cache %1 cannot be read (%2) and could not be moved aside.</source>
        <translation>Кэш %1 не удаётся прочитать (%2), и его не удалось отложить в сторону.</translation>
    </message>
    <message>
        <source>The cache %1 could not be read (%2). It was moved to %3 and a fresh cache was created; data will be fetched again.</source>
        <translation>Кэш %1 не удалось прочитать (%2). Он перемещён в %3, создан новый кэш; данные будут загружены заново.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation>Не удаётся открыть кэш %1: %2</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Чат на сайте</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Viber</source>
        <translation>Viber</translation>
    </message>
    <message>
        <source>VK</source>
        <translation>ВКонтакте</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Телефонный звонок</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Empathy Desk: the customer-service workstation that knows how your customers feel.</source>
        <translation>Empathy Desk: рабочее место службы поддержки, которое знает, что чувствуют ваши клиенты.</translation>
    </message>
    <message>
        <source>Profile to open (default: demo).</source>
        <translation>Открываемый профиль (по умолчанию: demo).</translation>
    </message>
    <message>
        <source>Keep profiles in this directory instead of the user&apos;s data directory.</source>
        <translation>Хранить профили в этом каталоге вместо каталога данных пользователя.</translation>
    </message>
    <message>
        <source>Start a local demo server with simulated customers and open the demo profile synced with it.</source>
        <translation>Запустить локальный демо-сервер с имитацией клиентов и открыть синхронизированный с ним демо-профиль.</translation>
    </message>
    <message>
        <source>Conversations the demo server starts with (default 500).</source>
        <translation>Число разговоров, с которыми стартует демо-сервер (по умолчанию 500).</translation>
    </message>
    <message>
        <source>Simulated customer messages a second on the demo server (default 0.5).</source>
        <translation>Имитируемые сообщения клиентов в секунду на демо-сервере (по умолчанию 0,5).</translation>
    </message>
    <message>
        <source>Fill the (empty) profile with N generated conversations and exit.</source>
        <translation>Заполнить (пустой) профиль N сгенерированными разговорами и выйти.</translation>
    </message>
    <message>
        <source>Seed for generated data (default 1).</source>
        <translation>Начальное значение для генерации данных (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Average messages per generated conversation (default 10).</source>
        <translation>Среднее число сообщений в сгенерированном разговоре (по умолчанию 10).</translation>
    </message>
    <message>
        <source>Generated history ends at this UTC time (ISO 8601) instead of now, so that a seed gives the same timestamps too.</source>
        <translation>Сгенерированная история заканчивается в это время UTC (ISO 8601), а не сейчас, чтобы одно начальное значение давало и одинаковые отметки времени.</translation>
    </message>
    <message>
        <source>Render the main window once its data has loaded, save it as a PNG and exit.</source>
        <translation>Отрисовать главное окно после загрузки данных, сохранить как PNG и выйти.</translation>
    </message>
    <message>
        <source>Open the inbox showing only conversations in this language (en, pl, ro, ru, fa).</source>
        <translation>Открыть входящие только с разговорами на этом языке (en, pl, ro, ru, fa).</translation>
    </message>
    <message>
        <source>Show Empathy Desk in this language for this run (en, pl, ro, ru, fa); the settings decide otherwise.</source>
        <translation>Показать Empathy Desk на этом языке в этом запуске (en, pl, ro, ru, fa); иначе решают настройки.</translation>
    </message>
    <message>
        <source>Open the inbox with this search (a customer&apos;s name, words of a message); with --screenshot, the first conversation found is shown.</source>
        <translation>Открыть входящие с этим поиском (имя клиента, слова сообщения); с --screenshot показывается первый найденный разговор.</translation>
    </message>
    <message>
        <source>Show the customer&apos;s empathy map instead of the timeline at the start.</source>
        <translation>При запуске показать карту эмпатии клиента вместо хронологии.</translation>
    </message>
    <message>
        <source>With --demo, log in as this member of the demo team: alex (agent, the default), julia (team lead), mark (trainer), ... Each has a profile of their own.</source>
        <translation>С --demo войти как этот участник демо-команды: alex (оператор, по умолчанию), julia (руководитель группы), mark (тренер), ... У каждого свой профиль.</translation>
    </message>
    <message>
        <source>Open the supervisor view at the start (team leads and admins).</source>
        <translation>При запуске открыть вид руководителя (руководители групп и администраторы).</translation>
    </message>
    <message>
        <source>Open the supervisor view on the team&apos;s figures.</source>
        <translation>Открыть вид руководителя на показателях команды.</translation>
    </message>
    <message>
        <source>Connect to this Empathy Desk server (ws://host:port); asks for the log-in.</source>
        <translation>Подключиться к этому серверу Empathy Desk (ws://хост:порт); запрашивает вход.</translation>
    </message>
    <message>
        <source>Trust the certificate(s) in this PEM file for wss:// (a company CA).</source>
        <translation>Доверять сертификатам из этого PEM-файла для wss:// (корпоративный УЦ).</translation>
    </message>
    <message>
        <source>Replay the conversations of a training pack (no server needed).</source>
        <translation>Воспроизвести разговоры учебного пакета (сервер не нужен).</translation>
    </message>
    <message>
        <source>With --replay and --screenshot: the pack&apos;s conversation to show (from 1).</source>
        <translation>С --replay и --screenshot: какой разговор пакета показать (с 1).</translation>
    </message>
    <message>
        <source>Turn a corpus of customer-care threads (JSON lines) into a training pack, personal data replaced, and exit.</source>
        <translation>Превратить корпус обращений в поддержку (строки JSON) в учебный пакет с заменёнными персональными данными и выйти.</translation>
    </message>
    <message>
        <source>Where --import-conversations writes the pack (default: the corpus&apos;s name with .empathypack, in the current directory).</source>
        <translation>Куда --import-conversations записывает пакет (по умолчанию: имя корпуса с .empathypack в текущем каталоге).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
    <message>
        <source>A profile name uses letters, digits, &apos;-&apos; and &apos;_&apos; only: %1</source>
        <translation>Имя профиля состоит только из букв, цифр, &apos;-&apos; и &apos;_&apos;: %1</translation>
    </message>
    <message>
        <source>--language takes en, pl, ro, ru or fa, not %1</source>
        <translation>--language принимает en, pl, ro, ru или fa, а не %1</translation>
    </message>
    <message>
        <source>--as takes the login of a demo team member and goes with --demo</source>
        <translation>--as принимает логин участника демо-команды и используется вместе с --demo</translation>
    </message>
    <message>
        <source>--language-filter takes en, pl, ro, ru or fa, not %1</source>
        <translation>--language-filter принимает en, pl, ro, ru или fa, а не %1</translation>
    </message>
    <message>
        <source>--replay works without a server: leave out --server</source>
        <translation>--replay работает без сервера: уберите --server</translation>
    </message>
    <message>
        <source>--demo-now takes a time like 2026-03-16T10:30:00Z</source>
        <translation>--demo-now принимает время вида 2026-03-16T10:30:00Z</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3</source>
        <translation>--%1 принимает целое число от %2 до %3</translation>
    </message>
    <message>
        <source>--demo-rate takes a number of messages a second above 0</source>
        <translation>--demo-rate принимает число сообщений в секунду больше 0</translation>
    </message>
</context>
<context>
    <name>CompensationText</name>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Ваучер</translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation>Бесплатная доставка</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Частичный возврат</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Полный возврат</translation>
    </message>
    <message>
        <source>not sent yet: waits for the connection</source>
        <translation>ещё не отправлено: ждёт подключения</translation>
    </message>
    <message>
        <source>waiting for a team lead</source>
        <translation>ждёт руководителя группы</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>предоставлено</translation>
    </message>
    <message>
        <source>denied by a team lead</source>
        <translation>отклонено руководителем группы</translation>
    </message>
    <message>
        <source>reversed by a team lead</source>
        <translation>отменено руководителем группы</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>отклонено сервером</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <comment>discount, percent</comment>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <source>the number of demo conversations must be at least 1</source>
        <translation>число демо-разговоров должно быть не меньше 1</translation>
    </message>
    <message>
        <source>this profile already holds %1 conversations; generate into a new profile</source>
        <translation>в этом профиле уже %1 разговоров; генерируйте в новый профиль</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>empathy-desk: cannot write the screenshot to %1</source>
        <translation>empathy-desk: не удаётся записать снимок экрана в %1</translation>
    </message>
    <message>
        <source>screenshot written to %1 (%2x%3)</source>
        <translation>снимок экрана записан в %1 (%2x%3)</translation>
    </message>
    <message>
        <source>The demo profile held generated data; it now syncs with the demo server and starts afresh.</source>
        <translation>Демо-профиль содержал сгенерированные данные; теперь он синхронизируется с демо-сервером и начинает заново.</translation>
    </message>
    <message>
        <source>Empathy Desk cannot open the profile</source>
        <translation>Empathy Desk не может открыть профиль</translation>
    </message>
    <message>
        <source>empathy-desk: the emotion engine is not available: %1</source>
        <translation>empathy-desk: движок эмоций недоступен: %1</translation>
    </message>
    <message>
        <source>generated %1 of %2 conversations</source>
        <translation>сгенерировано %1 из %2 разговоров</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2 conversations, %3 messages in %4 s (%5)</source>
        <translation>профиль «%1»: %2 разговоров, %3 сообщений за %4 с (%5)</translation>
    </message>
    <message>
        <source>empathy-desk: cannot generate demo data: %1</source>
        <translation>empathy-desk: не удаётся сгенерировать демо-данные: %1</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Запуск демо-сервера…</translation>
    </message>
    <message>
        <source>Empathy Desk</source>
        <translation>Empathy Desk</translation>
    </message>
    <message>
        <source>Demo server at %1</source>
        <translation>Демо-сервер: %1</translation>
    </message>
    <message>
        <source>Web chat page for customers: %1</source>
        <translation>Страница чата для клиентов: %1</translation>
    </message>
    <message>
        <source>empathy-desk: the supervisor view is for team leads; log in as one (with --demo: --as julia)</source>
        <translation>empathy-desk: вид руководителя — для руководителей групп; войдите как руководитель (с --demo: --as julia)</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
            <numerusform>%n с</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days, abbreviated</comment>
        <translation>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply overdue by %1</source>
        <translation>Ответ просрочен на %1</translation>
    </message>
    <message>
        <source>Resolution overdue by %1</source>
        <translation>Решение просрочено на %1</translation>
    </message>
    <message>
        <source>Reply in %1</source>
        <translation>Ответить через %1</translation>
    </message>
    <message>
        <source>Resolve in %1</source>
        <translation>Решить через %1</translation>
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>не удаётся запустить %1: %2</translation>
    </message>
    <message>
        <source>the demo server did not start (see %1)</source>
        <translation>демо-сервер не запустился (см. %1)</translation>
    </message>
</context>
<context>
    <name>InboxAccessibleText</name>
    <message>
        <source>mood positive</source>
        <translation>настроение позитивное</translation>
    </message>
    <message>
        <source>mood negative</source>
        <translation>настроение негативное</translation>
    </message>
    <message>
        <source>mood neutral</source>
        <translation>настроение нейтральное</translation>
    </message>
    <message>
        <source>%1, improving</source>
        <comment>a mood, then its trend</comment>
        <translation>%1, улучшается</translation>
    </message>
    <message>
        <source>%1, getting worse</source>
        <comment>a mood, then its trend</comment>
        <translation>%1, ухудшается</translation>
    </message>
    <message>
        <source>mood not known yet</source>
        <translation>настроение пока неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n непрочитанное</numerusform>
            <numerusform>%n непрочитанных</numerusform>
            <numerusform>%n непрочитанных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n minute(s)</source>
        <translation>
            <numerusform>ждёт %n минуту</numerusform>
            <numerusform>ждёт %n минуты</numerusform>
            <numerusform>ждёт %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n hour(s)</source>
        <translation>
            <numerusform>ждёт %n час</numerusform>
            <numerusform>ждёт %n часа</numerusform>
            <numerusform>ждёт %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>ждёт %n день</numerusform>
            <numerusform>ждёт %n дня</numerusform>
            <numerusform>ждёт %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>польский</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>румынский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>персидский</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>другой язык</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>&quot;{{&quot; is never closed with &quot;}}&quot;</source>
        <translation>«{{» нигде не закрыто «}}»</translation>
    </message>
    <message>
        <source>only {{#if name}} blocks are known: %1</source>
        <translation>известны только блоки {{#if имя}}: %1</translation>
    </message>
    <message>
        <source>unknown placeholder &quot;%1&quot;</source>
        <translation>неизвестная подстановка «%1»</translation>
    </message>
    <message>
        <source>{{else}} outside an {{#if}} block</source>
        <translation>{{else}} вне блока {{#if}}</translation>
    </message>
    <message>
        <source>unknown closing tag {{%1}}</source>
        <translation>неизвестный закрывающий тег {{%1}}</translation>
    </message>
    <message>
        <source>{{/if}} without an {{#if}} before it</source>
        <translation>{{/if}} без предшествующего {{#if}}</translation>
    </message>
    <message>
        <source>{{#if %1}} is never closed with {{/if}}</source>
        <translation>{{#if %1}} нигде не закрыт {{/if}}</translation>
    </message>
</context>
<context>
    <name>MoodLook</name>
    <message>
        <source>Positive</source>
        <translation>Позитивное</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Негативное</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтральное</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Злится</translation>
    </message>
    <message>
        <source>Disgusted</source>
        <translation>Испытывает отвращение</translation>
    </message>
    <message>
        <source>Worried</source>
        <translation>Беспокоится</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Доволен</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>Грустит</translation>
    </message>
    <message>
        <source>Surprised</source>
        <translation>Удивлён</translation>
    </message>
    <message>
        <source>Grateful</source>
        <translation>Благодарен</translation>
    </message>
    <message>
        <source>Frustrated</source>
        <translation>Раздражён</translation>
    </message>
    <message>
        <source>Disappointed</source>
        <translation>Разочарован</translation>
    </message>
    <message>
        <source>Confused</source>
        <translation>В замешательстве</translation>
    </message>
    <message>
        <source>Relieved</source>
        <translation>С облегчением</translation>
    </message>
    <message>
        <source>May leave</source>
        <translation>Может уйти</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>улучшается</translation>
    </message>
    <message>
        <source>getting worse</source>
        <translation>ухудшается</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>без изменений</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>a template needs a name</source>
        <translation>шаблону нужно имя</translation>
    </message>
    <message>
        <source>another template is called &quot;%1&quot;</source>
        <translation>другой шаблон уже называется «%1»</translation>
    </message>
</context>
<context>
    <name>ThreadDocument</name>
    <message>
        <source> Private note: the customer does not see it</source>
        <translation> Личная заметка: клиент её не видит</translation>
    </message>
    <message>
        <source>automated assistant</source>
        <translation>автоматический ассистент</translation>
    </message>
    <message>
        <source>⏳ Pending: not on the server yet</source>
        <translation>⏳ Ожидает: ещё не на сервере</translation>
    </message>
    <message>
        <source>⚠ Not delivered</source>
        <translation>⚠ Не доставлено</translation>
    </message>
    <message>
        <source>⚠ The customer wrote faster than the web chat allows. Their page gave back what they typed and asked them to wait a moment before sending it again.</source>
        <translation>⚠ Клиент писал быстрее, чем позволяет веб-чат. Страница вернула ему набранный текст и попросила немного подождать, прежде чем отправить его снова.</translation>
    </message>
    <message>
        <source>Notice from the server: %1</source>
        <translation>Сообщение сервера: %1</translation>
    </message>
</context>
<context>
    <name>TrainingLaunch</name>
    <message>
        <source>Empathy Desk cannot open the training pack</source>
        <translation>Empathy Desk не может открыть учебный пакет</translation>
    </message>
    <message>
        <source>%1 holds no conversation to import</source>
        <translation>В %1 нет разговоров для импорта</translation>
    </message>
    <message>
        <source>%1 conversations from %2 into %3; replaced: %4%5</source>
        <translation>%1 разговоров из %2 в %3; заменено: %4%5</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>; %1 problem(s) reported above</source>
        <translation>; проблем, о которых сообщено выше: %1</translation>
    </message>
    <message>
        <source>Replay it with: empathy-desk --replay %1</source>
        <translation>Воспроизвести: empathy-desk --replay %1</translation>
    </message>
    <message>
        <source>%1 holds no conversations</source>
        <translation>В %1 нет разговоров</translation>
    </message>
    <message>
        <source>the emotion engine is not available: %1</source>
        <translation>движок эмоций недоступен: %1</translation>
    </message>
    <message>
        <source>cannot make the replay&apos;s scratch cache: %1</source>
        <translation>не удаётся создать временный кэш воспроизведения: %1</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Тренер</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>не удаётся записать снимок экрана в %1</translation>
    </message>
    <message>
        <source>screenshot written to %1 (%2x%3)</source>
        <translation>снимок экрана записан в %1 (%2x%3)</translation>
    </message>
</context>
<context>
    <name>TrainingPackExport</name>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>Не удалось прочитать локальный кэш: %1</translation>
    </message>
    <message>
        <source>None of these conversations has messages in this desk.</source>
        <translation>Ни в одном из этих диалогов нет сообщений на этом рабочем месте.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>Empathy Desk is not translated into “%1”.</source>
        <translation>Empathy Desk не переведён на «%1».</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this build.</source>
        <translation>В этой сборке нет перевода: %1.</translation>
    </message>
</context>
<context>
    <name>empathy::ApprovalQueueModel</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Кто запросил</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
</context>
<context>
    <name>empathy::ApprovalQueueView</name>
    <message>
        <source>Compensations waiting for a team lead</source>
        <translation>Компенсации, ожидающие руководителя группы</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Одобрить…</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Открыть разговор</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>the agent&apos;s reason, then why it waits</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>empathy::CompensationDialog</name>
    <message>
        <source>Compensate the customer</source>
        <translation>Компенсация клиенту</translation>
    </message>
    <message>
        <source>No particular order</source>
        <translation>Без конкретного заказа</translation>
    </message>
    <message>
        <source>Order #%1 · %2</source>
        <translation>Заказ № %1 · %2</translation>
    </message>
    <message>
        <source>Why: what went wrong for the customer (kept for the audit)</source>
        <translation>Почему: что пошло не так для клиента (сохраняется для аудита)</translation>
    </message>
    <message>
        <source>The company&apos;s limits apply: over them, a team lead decides, and the customer&apos;s history shows it as waiting until then.</source>
        <translation>Действуют лимиты компании: сверх них решает руководитель группы, а до тех пор история клиента показывает компенсацию как ожидающую.</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Что</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Заказ</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>&amp;Процент</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Сумма</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>При&amp;чина</translation>
    </message>
    <message>
        <source>&amp;Give</source>
        <translation>&amp;Предоставить</translation>
    </message>
    <message>
        <source>A refund is for one of the customer&apos;s orders: choose it.</source>
        <translation>Возврат относится к одному из заказов клиента: выберите его.</translation>
    </message>
    <message>
        <source>Give the currency as its three-letter code, such as EUR.</source>
        <translation>Укажите валюту трёхбуквенным кодом, например EUR.</translation>
    </message>
    <message>
        <source>Give an amount greater than zero, such as %1.</source>
        <translation>Укажите сумму больше нуля, например %1.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the compensation.</source>
        <translation>Укажите причину: она сохраняется вместе с компенсацией.</translation>
    </message>
</context>
<context>
    <name>empathy::ConversationView</name>
    <message>
        <source>Select a conversation in the inbox to read it and reply.</source>
        <translation>Выберите разговор во входящих, чтобы прочитать его и ответить.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Разговор</translation>
    </message>
    <message>
        <source>The messages of the conversation with their mood badges; Tab moves between the badges, Enter corrects one</source>
        <translation>Сообщения разговора со значками настроения; Tab переходит между значками, Enter исправляет значок</translation>
    </message>
    <message>
        <source>Correct the mood</source>
        <translation>Исправить настроение</translation>
    </message>
    <message>
        <source>This message is really…</source>
        <translation>На самом деле это сообщение…</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Язык: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Назначен: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
</context>
<context>
    <name>empathy::CustomerPanel</name>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Чат на сайте</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>История клиента</translation>
    </message>
    <message>
        <source>Tone not noted yet</source>
        <translation>Тон ещё не отмечен</translation>
    </message>
    <message>
        <source>Prefers a formal tone</source>
        <translation>Предпочитает официальный тон</translation>
    </message>
    <message>
        <source>Prefers a warm tone</source>
        <translation>Предпочитает тёплый тон</translation>
    </message>
    <message>
        <source>Preferred tone</source>
        <translation>Предпочитаемый тон</translation>
    </message>
    <message>
        <source>How this customer likes to be addressed; the tone coach checks replies against it.</source>
        <translation>Как этот клиент любит, чтобы к нему обращались; советник по тону проверяет ответы по этому признаку.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Заказы</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Опросы</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Извинения</translation>
    </message>
    <message>
        <source>Compensations</source>
        <translation>Компенсации</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Shows or hides this kind of event in the timeline</source>
        <translation>Показывает или скрывает этот вид событий в хронологии</translation>
    </message>
    <message>
        <source>Compensate…</source>
        <translation>Компенсировать…</translation>
    </message>
    <message>
        <source>Give the customer a discount, voucher, free shipping, gift or refund, within the company&apos;s limits (Ctrl+Shift+C)</source>
        <translation>Дать клиенту скидку, ваучер, бесплатную доставку, подарок или возврат в пределах лимитов компании (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Everything that happened with this customer, newest first; the context menu key offers actions</source>
        <translation>Всё, что происходило с этим клиентом, сначала новое; клавиша контекстного меню предлагает действия</translation>
    </message>
    <message>
        <source>Empathy map</source>
        <translation>Карта эмпатии</translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>Сообщить клиенту</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Одобрить…</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>Отменить…</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Клиент не выбран</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>предпочитает %1</translation>
    </message>
    <message>
        <source>Lifetime value: %1</source>
        <translation>Пожизненная ценность: %1</translation>
    </message>
    <message>
        <source>no orders yet</source>
        <translation>заказов пока нет</translation>
    </message>
    <message>
        <source>Conversations: %1 open of %2</source>
        <translation>Разговоры: %1 открыто из %2</translation>
    </message>
    <message>
        <source>Reached out unasked: %1 in 7 days, %2 in 30 days</source>
        <translation>Обращались по своей инициативе: %1 за 7 дней, %2 за 30 дней</translation>
    </message>
    <message>
        <source>the limit is %1: think twice before one more</source>
        <translation>лимит — %1: подумайте, прежде чем писать ещё</translation>
    </message>
    <message>
        <source>Order #%1: %2 contacts in %3</source>
        <translation>Заказ № %1: %2 обращений за %3</translation>
    </message>
    <message>
        <source>Everything that happened with this customer: messages, orders, surveys, apologies, compensations and notes</source>
        <translation>Всё, что происходило с этим клиентом: сообщения, заказы, опросы, извинения, компенсации и заметки</translation>
    </message>
    <message>
        <source>What the customer says, thinks, does and feels, with suggestions from their messages</source>
        <translation>Что клиент говорит, думает, делает и чувствует, с предложениями из его сообщений</translation>
    </message>
</context>
<context>
    <name>empathy::EmpathyMapView</name>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Edit and accept…</source>
        <translation>Изменить и принять…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Добавить в «%1»</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Этап пути клиента</translation>
    </message>
    <message>
        <source>Stage not noted</source>
        <translation>Этап не отмечен</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>До покупки</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Сохранить карту как изображение</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the map as a PDF document</source>
        <translation>Сохранить карту как документ PDF</translation>
    </message>
    <message>
        <source>Notes and suggestions; Enter edits or accepts one, the context menu key offers more</source>
        <translation>Заметки и предложения; Enter изменяет или принимает, клавиша контекстного меню предлагает больше</translation>
    </message>
    <message>
        <source>Add a note to %1</source>
        <translation>Добавить заметку в «%1»</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Говорит</translation>
    </message>
    <message>
        <source>Thinks</source>
        <translation>Думает</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Делает</translation>
    </message>
    <message>
        <source>Feels</source>
        <translation>Чувствует</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>Боли</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Выгоды</translation>
    </message>
    <message>
        <source>⚠ Written at the same time as another version: %1</source>
        <translation>⚠ Записано одновременно с другой версией: %1</translation>
    </message>
    <message>
        <source>(not saved: %1)</source>
        <translation>(не сохранено: %1)</translation>
    </message>
    <message>
        <source>(saving…)</source>
        <translation>(сохранение…)</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Предложение: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>is unsure: “%1”</source>
        <translation>не уверен: «%1»</translation>
    </message>
    <message>
        <source>threatened to leave or asked for a refund: “%1”</source>
        <translation>грозил уйти или просил вернуть деньги: «%1»</translation>
    </message>
    <message>
        <source>contacted us %1 times about order #%2 in %3 days</source>
        <translation>обращался к нам %1 раз по заказу № %2 за %3 дн.</translation>
    </message>
    <message>
        <source>order #%1 is still not sorted out</source>
        <translation>заказ № %1 всё ещё не решён</translation>
    </message>
    <message>
        <source>gave us %1 of 10 (NPS)</source>
        <translation>поставил нам %1 из 10 (NPS)</translation>
    </message>
    <message>
        <source>rated us %1 of 5 (CSAT)</source>
        <translation>оценил нас на %1 из 5 (CSAT)</translation>
    </message>
    <message>
        <source>went wrong: “%1”</source>
        <translation>пошло не так: «%1»</translation>
    </message>
    <message>
        <source>glad of “%1”</source>
        <translation>рад: «%1»</translation>
    </message>
    <message>
        <source>would recommend us, %1 of 10 (NPS)</source>
        <translation>порекомендовал бы нас, %1 из 10 (NPS)</translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation>Принять предложение</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>What the customer says, thinks, does or feels:</source>
        <translation>Что клиент говорит, думает, делает или чувствует:</translation>
    </message>
    <message>
        <source>Empathy map</source>
        <translation>Карта эмпатии</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the empathy map</source>
        <translation>Сохранить карту эмпатии</translation>
    </message>
    <message>
        <source>empathy-map</source>
        <translation>карта-эмпатии</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The empathy map could not be written to %1.</source>
        <translation>Не удалось записать карту эмпатии в %1.</translation>
    </message>
</context>
<context>
    <name>empathy::FilterBar</name>
    <message>
        <source>Search messages and customers (Ctrl+K)</source>
        <translation>Поиск по сообщениям и клиентам (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Finds conversations by the words of their messages or the customer&apos;s name; Enter moves to the results</source>
        <translation>Находит разговоры по словам сообщений или имени клиента; Enter переходит к результатам</translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation>Чьи разговоры</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначенные</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Open and pending</source>
        <translation>Открытые и ожидающие</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидающие</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Longest waiting</source>
        <translation>Дольше всех ждут</translation>
    </message>
    <message>
        <source>Due soonest</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требуют внимания</translation>
    </message>
</context>
<context>
    <name>empathy::HistoryDelegate</name>
    <message>
        <source>%1 · apology</source>
        <translation>%1 · извинение</translation>
    </message>
    <message>
        <source>%1 · customer</source>
        <translation>%1 · клиент</translation>
    </message>
    <message>
        <source>%1 · us</source>
        <translation>%1 · мы</translation>
    </message>
    <message>
        <source>turning point</source>
        <translation>поворотный момент</translation>
    </message>
    <message>
        <source>Order #%1 · %2</source>
        <translation>Заказ № %1 · %2</translation>
    </message>
    <message>
        <source>mood %1 → %2</source>
        <translation>настроение %1 → %2</translation>
    </message>
    <message>
        <source>mood before %1</source>
        <translation>настроение до: %1</translation>
    </message>
    <message>
        <source>Empathy map · %1</source>
        <translation>Карта эмпатии · %1</translation>
    </message>
    <message>
        <source>Survey · NPS %1 of 10</source>
        <translation>Опрос · NPS %1 из 10</translation>
    </message>
    <message>
        <source>Survey · CSAT %1 of 5</source>
        <translation>Опрос · CSAT %1 из 5</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a compensation&apos;s reason, then why it waits or was decided so</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>empathy::InboxDelegate</name>
    <message>
        <source>Mood not known yet</source>
        <translation>Настроение пока неизвестно</translation>
    </message>
    <message>
        <source>Customer&apos;s mood: %1 (%2), %3</source>
        <comment>mood word, valence -1..+1, trend</comment>
        <translation>Настроение клиента: %1 (%2), %3</translation>
    </message>
    <message>
        <source>You: %1</source>
        <comment>inbox preview of our own last reply</comment>
        <translation>Вы: %1</translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation>Ждёт %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Мой</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначен</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Высокий приоритет</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решён</translation>
    </message>
</context>
<context>
    <name>empathy::InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Conversations from every channel. Arrow keys move, Enter opens.</source>
        <translation>Разговоры из всех каналов. Стрелки перемещают, Enter открывает.</translation>
    </message>
</context>
<context>
    <name>empathy::LoginDialog</name>
    <message>
        <source>Log in to Empathy Desk</source>
        <translation>Вход в Empathy Desk</translation>
    </message>
    <message>
        <source>ws://server:8765</source>
        <translation>ws://сервер:8765</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Not needed while your last session is valid</source>
        <translation>Не нужен, пока действует последний сеанс</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>The server address looks like ws://host:port or wss://host:port.</source>
        <translation>Адрес сервера выглядит как ws://хост:порт или wss://хост:порт.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
</context>
<context>
    <name>empathy::MainWindow</name>
    <message>
        <source>Note not removed</source>
        <translation>Заметка не удалена</translation>
    </message>
    <message>
        <source>Stage not saved</source>
        <translation>Этап не сохранён</translation>
    </message>
    <message>
        <source>Empathy Desk</source>
        <translation>Empathy Desk</translation>
    </message>
    <message>
        <source>Compensations over agents&apos; limits, waiting for a team lead</source>
        <translation>Компенсации сверх лимитов операторов, ожидающие руководителя группы</translation>
    </message>
    <message>
        <source>Training pack…</source>
        <translation>Учебный пакет…</translation>
    </message>
    <message>
        <source>Export conversations for trainers, with customers&apos; personal data replaced</source>
        <translation>Экспортировать разговоры для тренеров с заменёнными персональными данными клиентов</translation>
    </message>
    <message>
        <source>The team&apos;s live conversations and alerts (Ctrl+Shift+S)</source>
        <translation>Текущие разговоры и оповещения команды (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>The keyboard shortcuts (F1)</source>
        <translation>Сочетания клавиш (F1)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Language, theme, notifications, server and tone coach (Ctrl+,)</source>
        <translation>Язык, тема, уведомления, сервер и советник по тону (Ctrl+,)</translation>
    </message>
    <message>
        <source>Conversations in the inbox</source>
        <translation>Разговоры во входящих</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>Действия, ожидающие отправки</translation>
    </message>
    <message>
        <source>The server refused an action: %1</source>
        <translation>Сервер отклонил действие: %1</translation>
    </message>
    <message>
        <source>Could not mark the conversation read: %1</source>
        <translation>Не удалось отметить разговор прочитанным: %1</translation>
    </message>
    <message>
        <source>Contact the customer again?</source>
        <translation>Снова связаться с клиентом?</translation>
    </message>
    <message>
        <source>%1 has not written since our last message, and we already reached out unasked %2 times in the last 7 days (the limit is %3). Send this anyway?</source>
        <translation>%1 не писал(а) после нашего последнего сообщения, а мы уже обращались по своей инициативе %2 раз за последние 7 дней (лимит — %3). Всё равно отправить?</translation>
    </message>
    <message>
        <source>Reply not saved</source>
        <translation>Ответ не сохранён</translation>
    </message>
    <message>
        <source>The reply could not be saved in the local cache: %1</source>
        <translation>Не удалось сохранить ответ в локальном кэше: %1</translation>
    </message>
    <message>
        <source>Reply saved. It stays marked pending until the server has it.</source>
        <translation>Ответ сохранён. Он помечен как ожидающий, пока его не получит сервер.</translation>
    </message>
    <message>
        <source>Apology drafted in the customer&apos;s language: edit it before sending.</source>
        <translation>Извинение составлено на языке клиента: отредактируйте его перед отправкой.</translation>
    </message>
    <message>
        <source>Correction not saved</source>
        <translation>Исправление не сохранено</translation>
    </message>
    <message>
        <source>The correction could not be saved in the local cache: %1</source>
        <translation>Не удалось сохранить исправление в локальном кэше: %1</translation>
    </message>
    <message>
        <source>Mood corrected. Thank you: corrections help the engine improve.</source>
        <translation>Настроение исправлено. Спасибо: исправления помогают улучшать движок.</translation>
    </message>
    <message>
        <source>Tone not saved</source>
        <translation>Тон не сохранён</translation>
    </message>
    <message>
        <source>The customer&apos;s tone could not be saved in the local cache: %1</source>
        <translation>Не удалось сохранить тон клиента в локальном кэше: %1</translation>
    </message>
    <message>
        <source>It could not be saved in the local cache: %1</source>
        <translation>Не удалось сохранить это в локальном кэше: %1</translation>
    </message>
    <message>
        <source>Compensation not saved</source>
        <translation>Компенсация не сохранена</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Заметка не сохранена</translation>
    </message>
    <message>
        <source>Approve the compensation</source>
        <translation>Одобрить компенсацию</translation>
    </message>
    <message>
        <source>Deny the compensation</source>
        <translation>Отклонить компенсацию</translation>
    </message>
    <message>
        <source>Note for the agent (optional):</source>
        <translation>Заметка для оператора (необязательно):</translation>
    </message>
    <message>
        <source>Why not (the agent sees it):</source>
        <translation>Почему нет (оператор это увидит):</translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation>Решение не сохранено</translation>
    </message>
    <message>
        <source>Reverse the compensation</source>
        <translation>Отменить компенсацию</translation>
    </message>
    <message>
        <source>Why it is taken back (kept for the audit):</source>
        <translation>Почему она отзывается (сохраняется для аудита):</translation>
    </message>
    <message>
        <source>Reversal not saved</source>
        <translation>Отмена не сохранена</translation>
    </message>
    <message>
        <source>The template “%1” has errors: %2</source>
        <translation>В шаблоне «%1» ошибки: %2</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Не решён</translation>
    </message>
    <message>
        <source>Resolved. The customer is asked how satisfied they are.</source>
        <translation>Решён. Клиента спросят, насколько он доволен.</translation>
    </message>
    <message>
        <source>Export a training pack</source>
        <translation>Экспорт учебного пакета</translation>
    </message>
    <message>
        <source>Which conversations go into the pack? Names, e-mail addresses, phone numbers, order and card numbers and addresses are replaced; the pack lists what was replaced.</source>
        <translation>Какие разговоры войдут в пакет? Имена, адреса эл. почты, номера телефонов, номера заказов и карт и адреса заменяются; пакет перечисляет, что было заменено.</translation>
    </message>
    <message>
        <source>The open conversation</source>
        <translation>Открытый разговор</translation>
    </message>
    <message numerus="yes">
        <source>The %n conversation(s) the inbox shows</source>
        <translation>
            <numerusform>%n разговор, показанный во входящих</numerusform>
            <numerusform>%n разговора, показанных во входящих</numerusform>
            <numerusform>%n разговоров, показанных во входящих</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the training pack</source>
        <translation>Сохранить учебный пакет</translation>
    </message>
    <message>
        <source>Training packs (*.empathypack)</source>
        <translation>Учебные пакеты (*.empathypack)</translation>
    </message>
    <message>
        <source>The training pack was not written</source>
        <translation>Учебный пакет не записан</translation>
    </message>
    <message>
        <source>Exported from Empathy Desk</source>
        <translation>Экспортировано из Empathy Desk</translation>
    </message>
    <message numerus="yes">
        <source>Training pack written to %1: %n conversation(s), %2 personal values replaced</source>
        <translation>
            <numerusform>Учебный пакет записан в %1: %n разговор, заменено персональных данных: %2</numerusform>
            <numerusform>Учебный пакет записан в %1: %n разговора, заменено персональных данных: %2</numerusform>
            <numerusform>Учебный пакет записан в %1: %n разговоров, заменено персональных данных: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Compensations waiting for a team lead</source>
        <translation>Компенсации, ожидающие руководителя группы</translation>
    </message>
    <message>
        <source>Waiting for a lead: %1</source>
        <translation>Ждут руководителя: %1</translation>
    </message>
    <message numerus="yes">
        <source>Supervisor view: %n open alert(s)</source>
        <translation>
            <numerusform>Вид руководителя: %n открытое оповещение</numerusform>
            <numerusform>Вид руководителя: %n открытых оповещения</numerusform>
            <numerusform>Вид руководителя: %n открытых оповещений</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation>Вид руководителя</translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation>Разговоров: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Ожидают отправки: %1</translation>
    </message>
    <message>
        <source>Replacing names and personal data…</source>
        <translation>Заменяем имена и персональные данные…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Training pack export cancelled; nothing was written.</source>
        <translation>Экспорт учебного пакета отменён; ничего не записано.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
</context>
<context>
    <name>empathy::ReplaySession</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Система</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
</context>
<context>
    <name>empathy::ReplayTimeline</name>
    <message>
        <source>Replay timeline</source>
        <translation>Шкала воспроизведения</translation>
    </message>
    <message>
        <source>The customer&apos;s mood over the conversation; click to move the replay there</source>
        <translation>Настроение клиента на протяжении разговора; нажмите, чтобы перейти туда</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Сообщение %1</translation>
    </message>
    <message>
        <source>The customer&apos;s mood turns here.</source>
        <translation>Здесь настроение клиента меняется.</translation>
    </message>
</context>
<context>
    <name>empathy::ReplayWindow</name>
    <message>
        <source>no personal data was found to replace</source>
        <translation>персональных данных для замены не найдено</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n имя</numerusform>
            <numerusform>%n имени</numerusform>
            <numerusform>%n имён</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n адрес эл. почты</numerusform>
            <numerusform>%n адреса эл. почты</numerusform>
            <numerusform>%n адресов эл. почты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n номер телефона</numerusform>
            <numerusform>%n номера телефонов</numerusform>
            <numerusform>%n номеров телефонов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card number(s)</source>
        <translation>
            <numerusform>%n номер карты</numerusform>
            <numerusform>%n номера карт</numerusform>
            <numerusform>%n номеров карт</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order number(s)</source>
        <translation>
            <numerusform>%n номер заказа</numerusform>
            <numerusform>%n номера заказов</numerusform>
            <numerusform>%n номеров заказов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n адрес</numerusform>
            <numerusform>%n адреса</numerusform>
            <numerusform>%n адресов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n ссылка</numerusform>
            <numerusform>%n ссылки</numerusform>
            <numerusform>%n ссылок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other number(s)</source>
        <translation>
            <numerusform>%n другой номер</numerusform>
            <numerusform>%n других номера</numerusform>
            <numerusform>%n других номеров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other value(s)</source>
        <translation>
            <numerusform>%n другое значение</numerusform>
            <numerusform>%n других значения</numerusform>
            <numerusform>%n других значений</numerusform>
        </translation>
    </message>
    <message>
        <source>replaced: %1</source>
        <translation>заменено: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n сообщение</numerusform>
            <numerusform>%1 · %n сообщения</numerusform>
            <numerusform>%1 · %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin a comment</source>
        <translation>Закрепить комментарий</translation>
    </message>
    <message>
        <source>Comment on message %1:</source>
        <translation>Комментарий к сообщению %1:</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Воспроизведение: %1</translation>
    </message>
    <message>
        <source>training pack</source>
        <translation>учебный пакет</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Conversations of the pack</source>
        <translation>Разговоры пакета</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Аннотации</translation>
    </message>
    <message>
        <source>Pin a comment…</source>
        <translation>Закрепить комментарий…</translation>
    </message>
    <message>
        <source>Pins a comment to the last message shown; it is saved in the pack</source>
        <translation>Закрепляет комментарий за последним показанным сообщением; он сохраняется в пакете</translation>
    </message>
    <message>
        <source>Practice result</source>
        <translation>Результат упражнения</translation>
    </message>
    <message>
        <source>Turn on Practice: the replay stops where the agent answered the customer, you write your reply, and it is compared with the agent&apos;s.</source>
        <translation>Включите «Упражнение»: воспроизведение остановится там, где оператор ответил клиенту, вы напишете свой ответ, и его сравнят с ответом оператора.</translation>
    </message>
    <message>
        <source>Empathy map</source>
        <translation>Карта эмпатии</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Упражнение</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n разговор</numerusform>
            <numerusform>%n разговора</numerusform>
            <numerusform>%n разговоров</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Воспроизведение</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Воспроизвести или приостановить (Пробел)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Шаг назад</translation>
    </message>
    <message>
        <source>Hide the last message (Alt+Left)</source>
        <translation>Скрыть последнее сообщение (Alt+Влево)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Show the next message (Alt+Right)</source>
        <translation>Показать следующее сообщение (Alt+Вправо)</translation>
    </message>
    <message>
        <source>Previous turning point</source>
        <translation>Предыдущий поворотный момент</translation>
    </message>
    <message>
        <source>Jump back to where the customer&apos;s mood turned (Alt+Up)</source>
        <translation>Вернуться туда, где настроение клиента изменилось (Alt+Вверх)</translation>
    </message>
    <message>
        <source>Next turning point</source>
        <translation>Следующий поворотный момент</translation>
    </message>
    <message>
        <source>Jump to where the customer&apos;s mood turns next (Alt+Down)</source>
        <translation>Перейти туда, где настроение клиента изменится дальше (Alt+Вниз)</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Скорость</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Скорость воспроизведения</translation>
    </message>
    <message>
        <source>Stop where the agent answered, so you can answer first</source>
        <translation>Останавливаться там, где ответил оператор, чтобы вы ответили первым</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Воспроизвести</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>Сообщение %1 из %2</translation>
    </message>
    <message>
        <source>your turn to answer</source>
        <translation>ваша очередь отвечать</translation>
    </message>
    <message>
        <source>Message %1 — %2</source>
        <translation>Сообщение %1 — %2</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>Комментарий не сохранён</translation>
    </message>
    <message>
        <source>The comment could not be saved in the pack (%1). It stays here and is saved with the next one.</source>
        <translation>Не удалось сохранить комментарий в пакете (%1). Он остаётся здесь и сохранится вместе со следующим.</translation>
    </message>
    <message>
        <source>Your turn: answer the customer in the reply box, then press Compare to see the agent&apos;s reply.</source>
        <translation>Ваша очередь: ответьте клиенту в поле ответа, затем нажмите «Сравнить», чтобы увидеть ответ оператора.</translation>
    </message>
    <message>
        <source>Tone: passes %1 of %2 checks</source>
        <translation>Тон: пройдено %1 из %2 проверок</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Ваш ответ</translation>
    </message>
    <message>
        <source>The agent&apos;s reply</source>
        <translation>Ответ оператора</translation>
    </message>
</context>
<context>
    <name>empathy::ReplyBox</name>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Sends the reply to the customer (Ctrl+Enter)</source>
        <translation>Отправляет ответ клиенту (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>Извиниться</translation>
    </message>
    <message>
        <source>Drafts a personal apology in the customer&apos;s language and tone, naming their problem; edit it before sending (Ctrl+Shift+A)</source>
        <translation>Составляет личное извинение на языке и в тоне клиента, называя его проблему; отредактируйте его перед отправкой (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Решить</translation>
    </message>
    <message>
        <source>Mark the conversation resolved; the customer is asked how satisfied they are</source>
        <translation>Отметить разговор решённым; клиента спросят, насколько он доволен</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Insert a reply template filled in for this customer (Ctrl+T)</source>
        <translation>Вставить шаблон ответа, заполненный для этого клиента (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter — отправить</translation>
    </message>
    <message>
        <source>Tone coach</source>
        <translation>Советник по тону</translation>
    </message>
    <message>
        <source>Suggestions about the tone of the reply being written</source>
        <translation>Подсказки о тоне пишущегося ответа</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Напишите ответ…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>The reply to the customer; Ctrl+Enter sends it, Tab moves on</source>
        <translation>Ответ клиенту; Ctrl+Enter отправляет, Tab переходит дальше</translation>
    </message>
    <message>
        <source>“%1” sounds like a stock phrase: say it in your own words.</source>
        <translation>«%1» звучит как шаблонная фраза: скажите это своими словами.</translation>
    </message>
    <message>
        <source>Address %1 by name.</source>
        <translation>Обратитесь к клиенту по имени: %1.</translation>
    </message>
    <message>
        <source>The customer prefers a formal tone; “%1” sounds casual.</source>
        <translation>Клиент предпочитает официальный тон; «%1» звучит фамильярно.</translation>
    </message>
    <message>
        <source>The customer prefers a warm tone; “%1” sounds stiff.</source>
        <translation>Клиент предпочитает тёплый тон; «%1» звучит сухо.</translation>
    </message>
    <message>
        <source>The customer is upset: acknowledge it and apologise.</source>
        <translation>Клиент расстроен: признайте это и извинитесь.</translation>
    </message>
    <message>
        <source>The customer writes in %1, but this reply looks like %2.</source>
        <translation>Клиент пишет на языке «%1», а этот ответ похож на «%2».</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Изменить шаблоны…</translation>
    </message>
</context>
<context>
    <name>empathy::SentimentChart</name>
    <message>
        <source>Customer&apos;s sentiment over time</source>
        <translation>Настроение клиента во времени</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <source>Turning points</source>
        <translation>Поворотные моменты</translation>
    </message>
    <message>
        <source>negative … positive</source>
        <translation>негативно … позитивно</translation>
    </message>
</context>
<context>
    <name>empathy::SettingsDialog</name>
    <message>
        <source>The server address must look like wss://desk.example.com:8443 (or ws:// on a trusted network).</source>
        <translation>Адрес сервера должен выглядеть как wss://desk.example.com:8443 (или ws:// в доверенной сети).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Язык и внешний вид</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The language of Empathy Desk; it changes at once</source>
        <translation>Язык Empathy Desk; меняется сразу</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокая контрастность</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Colours of the whole application; high contrast is white on black</source>
        <translation>Цвета всего приложения; высокая контрастность — белым по чёрному</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Размер текста:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>text size as a percentage of the system&apos;s</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Размер текста</translation>
    </message>
    <message>
        <source>The size of all text, relative to the system&apos;s font size</source>
        <translation>Размер всего текста относительно размера системного шрифта</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>&amp;Flash the taskbar when one of my customers writes</source>
        <translation>&amp;Мигать на панели задач, когда пишет один из моих клиентов</translation>
    </message>
    <message>
        <source>Show a desktop &amp;message for every new alert (team leads)</source>
        <translation>Показывать &amp;сообщение на рабочем столе о каждом новом оповещении (руководители групп)</translation>
    </message>
    <message>
        <source>Play a s&amp;ound with alerts (team leads)</source>
        <translation>Воспроизводить &amp;звук при оповещениях (руководители групп)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Where Empathy Desk logs in when it is started without a server</source>
        <translation>Куда Empathy Desk входит, если запущен без сервера</translation>
    </message>
    <message>
        <source>The demo runs its own server on this computer; this address is used when Empathy Desk is started without --demo.</source>
        <translation>Демо запускает собственный сервер на этом компьютере; этот адрес используется, когда Empathy Desk запущен без --demo.</translation>
    </message>
    <message>
        <source>Changing it asks for the log-in to the new server.</source>
        <translation>При изменении потребуется войти на новый сервер.</translation>
    </message>
    <message>
        <source>Tone coach</source>
        <translation>Советник по тону</translation>
    </message>
    <message>
        <source>Point out stock phrases and clichés</source>
        <translation>Указывать на шаблонные фразы и клише</translation>
    </message>
    <message>
        <source>Remind me to address the customer by name</source>
        <translation>Напоминать обращаться к клиенту по имени</translation>
    </message>
    <message>
        <source>Check the reply matches the customer&apos;s formal or warm tone</source>
        <translation>Проверять, соответствует ли ответ официальному или тёплому тону клиента</translation>
    </message>
    <message>
        <source>Ask for an apology when the customer is upset</source>
        <translation>Просить извиниться, когда клиент расстроен</translation>
    </message>
    <message>
        <source>Warn when the reply is not in the customer&apos;s language</source>
        <translation>Предупреждать, когда ответ не на языке клиента</translation>
    </message>
</context>
<context>
    <name>empathy::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Что делают</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Поиск во входящих</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Перейти во входящие</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Вверх, Вниз, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Move through the inbox</source>
        <translation>Перемещение по входящим</translation>
    </message>
    <message>
        <source>Open the conversation and write a reply</source>
        <translation>Открыть разговор и написать ответ</translation>
    </message>
    <message>
        <source>Go to the conversation&apos;s messages</source>
        <translation>Перейти к сообщениям разговора</translation>
    </message>
    <message>
        <source>Go to the reply box</source>
        <translation>Перейти к полю ответа</translation>
    </message>
    <message>
        <source>Go to the customer&apos;s history</source>
        <translation>Перейти к истории клиента</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Draft an apology</source>
        <translation>Составить извинение</translation>
    </message>
    <message>
        <source>Insert a reply template</source>
        <translation>Вставить шаблон ответа</translation>
    </message>
    <message>
        <source>Correct the mood of the customer&apos;s latest message</source>
        <translation>Исправить настроение последнего сообщения клиента</translation>
    </message>
    <message>
        <source>Compensate the customer</source>
        <translation>Компенсировать клиенту</translation>
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation>Решить разговор</translation>
    </message>
    <message>
        <source>Supervisor view (team leads)</source>
        <translation>Вид руководителя (руководители групп)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Перейти к следующему или предыдущему элементу</translation>
    </message>
    <message>
        <source>Leave the search for the inbox</source>
        <translation>Выйти из поиска во входящие</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Клавиша меню, Shift+F10</translation>
    </message>
    <message>
        <source>Actions on the selected item (timeline, empathy map)</source>
        <translation>Действия над выбранным элементом (хронология, карта эмпатии)</translation>
    </message>
</context>
<context>
    <name>empathy::SupervisorWindow</name>
    <message>
        <source>Supervisor view</source>
        <translation>Вид руководителя</translation>
    </message>
    <message>
        <source>Live wall</source>
        <translation>Живая доска</translation>
    </message>
    <message>
        <source>Team figures</source>
        <translation>Показатели команды</translation>
    </message>
    <message>
        <source>Empathy Desk supervisor</source>
        <translation>Empathy Desk — руководитель</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Сохранить вид…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Удалить вид</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Все операторы</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Никто не назначен</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>&amp;Unhappy</source>
        <translation>&amp;Недовольные</translation>
    </message>
    <message>
        <source>Only customers whose mood is negative</source>
        <translation>Только клиенты с негативным настроением</translation>
    </message>
    <message>
        <source>With &amp;alerts</source>
        <translation>С &amp;оповещениями</translation>
    </message>
    <message>
        <source>&amp;Promise at risk</source>
        <translation>&amp;Обещание под угрозой</translation>
    </message>
    <message>
        <source>Only conversations whose first answer or resolution is due soon or overdue</source>
        <translation>Только разговоры, у которых скоро наступает или уже прошёл срок первого ответа или решения</translation>
    </message>
    <message>
        <source>Customer or agent…</source>
        <translation>Клиент или оператор…</translation>
    </message>
    <message>
        <source>Find a customer or an agent on the wall</source>
        <translation>Найти клиента или оператора на доске</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Подтвердить</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Взять на себя</translation>
    </message>
    <message>
        <source>Give the conversation to yourself</source>
        <translation>Назначить разговор себе</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>Пере&amp;дать…</translation>
    </message>
    <message>
        <source>Private &amp;note…</source>
        <translation>&amp;Личная заметка…</translation>
    </message>
    <message>
        <source>A note to the conversation&apos;s agent; the customer never sees it</source>
        <translation>Заметка оператору разговора; клиент её никогда не видит</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;Открыть разговор</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Сохранённый вид</translation>
    </message>
    <message>
        <source>Unsaved view</source>
        <translation>Несохранённый вид</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Сохранить вид</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>Название этого вида:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
    <message>
        <source>Alerts raised by the server, newest first</source>
        <translation>Оповещения от сервера, сначала новые</translation>
    </message>
    <message>
        <source>Why the alert fired</source>
        <translation>Почему сработало оповещение</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>Вид «%1» сохранён.</translation>
    </message>
    <message numerus="yes">
        <source>Alerts: %n open</source>
        <translation>
            <numerusform>Оповещения: %n открыто</numerusform>
            <numerusform>Оповещения: %n открыто</numerusform>
            <numerusform>Оповещения: %n открыто</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts: none open</source>
        <translation>Оповещения: открытых нет</translation>
    </message>
    <message>
        <source>Live wall: %1 of %2</source>
        <translation>Живая доска: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>Supervisor view (%n open alert(s))</source>
        <translation>
            <numerusform>Вид руководителя (%n открытое оповещение)</numerusform>
            <numerusform>Вид руководителя (%n открытых оповещения)</numerusform>
            <numerusform>Вид руководителя (%n открытых оповещений)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an alert to see why it fired.</source>
        <translation>Выберите оповещение, чтобы увидеть, почему оно сработало.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Личная заметка</translation>
    </message>
    <message>
        <source>A note to %1 in this conversation. The customer never sees it.</source>
        <translation>Заметка для: %1 в этом разговоре. Клиент её никогда не видит.</translation>
    </message>
    <message>
        <source>whoever takes it</source>
        <translation>тот, кто возьмёт разговор</translation>
    </message>
    <message>
        <source>Private note sent to the conversation.</source>
        <translation>Личная заметка отправлена в разговор.</translation>
    </message>
    <message>
        <source>Alert not acknowledged</source>
        <translation>Оповещение не подтверждено</translation>
    </message>
    <message>
        <source>Conversation not taken over</source>
        <translation>Диалог не передан вам</translation>
    </message>
    <message>
        <source>It could not be saved in the local cache: %1</source>
        <translation>Не удалось сохранить в локальном кэше: %1</translation>
    </message>
    <message>
        <source>Conversation not reassigned</source>
        <translation>Диалог не переназначен</translation>
    </message>
    <message>
        <source>Private note not saved</source>
        <translation>Личная заметка не сохранена</translation>
    </message>
</context>
<context>
    <name>empathy::SyncStatusLabel</name>
    <message>
        <source>Connection</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source> — waiting to be sent: %1</source>
        <translation> — ожидают отправки: %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <source>⟳ Syncing %1%</source>
        <translation>⟳ Синхронизация %1%</translation>
    </message>
    <message>
        <source>⟳ Connecting…</source>
        <translation>⟳ Подключение…</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Не в сети</translation>
    </message>
    <message>
        <source>⚠ Log-in refused: %1</source>
        <translation>⚠ Вход отклонён: %1</translation>
    </message>
</context>
<context>
    <name>empathy::TeamFiguresView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Compensation &amp;budget for 30 days:</source>
        <translation>&amp;Бюджет компенсаций на 30 дней:</translation>
    </message>
    <message>
        <source>e.g. 500.00 EUR</source>
        <translation>напр. 500,00 EUR</translation>
    </message>
    <message>
        <source>Compensation budget for 30 days</source>
        <translation>Бюджет компенсаций на 30 дней</translation>
    </message>
    <message>
        <source>Conversations opened:</source>
        <translation>Открыто разговоров:</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Первый ответ:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>CSAT:</source>
        <translation>CSAT:</translation>
    </message>
    <message>
        <source>NPS:</source>
        <translation>NPS:</translation>
    </message>
    <message>
        <source>Recovered from negative to positive:</source>
        <translation>Восстановлено с негатива на позитив:</translation>
    </message>
    <message>
        <source>Compensation granted:</source>
        <translation>Предоставлено компенсаций:</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Оповещения:</translation>
    </message>
    <message>
        <source>Median first response per day (minutes)</source>
        <translation>Медиана первого ответа по дням (минуты)</translation>
    </message>
    <message>
        <source>Alerts per day</source>
        <translation>Оповещения по дням</translation>
    </message>
    <message>
        <source>median %1; 9 in 10 within %2</source>
        <translation>медиана %1; 9 из 10 в пределах %2</translation>
    </message>
    <message numerus="yes">
        <source>median %1 over %n resolved</source>
        <translation>
            <numerusform>медиана %1 по %n решённому</numerusform>
            <numerusform>медиана %1 по %n решённым</numerusform>
            <numerusform>медиана %1 по %n решённым</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 satisfied (%n answer(s))</source>
        <translation>
            <numerusform>%1 довольных (%n ответ)</numerusform>
            <numerusform>%1 довольных (%n ответа)</numerusform>
            <numerusform>%1 довольных (%n ответов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n answer(s))</source>
        <translation>
            <numerusform>%1 (%n ответ)</numerusform>
            <numerusform>%1 (%n ответа)</numerusform>
            <numerusform>%1 (%n ответов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s) with an unhappy customer</source>
        <translation>
            <numerusform>%1 из %n разговора с недовольным клиентом</numerusform>
            <numerusform>%1 из %n разговоров с недовольным клиентом</numerusform>
            <numerusform>%1 из %n разговоров с недовольным клиентом</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source> — %1 of the budget of %2 for this period</source>
        <translation> — %1 от бюджета %2 на этот период</translation>
    </message>
    <message numerus="yes">
        <source>%n raised, %1 handled, median time to handle %2</source>
        <translation>
            <numerusform>%n поднято, %1 обработано, медиана времени обработки %2</numerusform>
            <numerusform>%n поднято, %1 обработано, медиана времени обработки %2</numerusform>
            <numerusform>%n поднято, %1 обработано, медиана времени обработки %2</numerusform>
        </translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Поднято</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Обработано</translation>
    </message>
</context>
<context>
    <name>empathy::TemplateEditorDialog</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Новый</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Hi {{customer.first_name}}, … {{#if order.id}}order #{{order.id}}{{/if}}</source>
        <translation>Здравствуйте, {{customer.first_name}}, … {{#if order.id}}заказ № {{order.id}}{{/if}}</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Подстановки: %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Текст</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Удалить шаблон</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Удалить «%1»?</translation>
    </message>
    <message>
        <source>Used by Apologise for customers who prefer a formal tone (and when the tone is not noted).</source>
        <translation>Используется кнопкой «Извиниться» для клиентов, предпочитающих официальный тон (и когда тон не отмечен).</translation>
    </message>
    <message>
        <source>Used by Apologise for customers who prefer a warm tone.</source>
        <translation>Используется кнопкой «Извиниться» для клиентов, предпочитающих тёплый тон.</translation>
    </message>
    <message>
        <source>Put into the reply after a compensation is asked for.</source>
        <translation>Вставляется в ответ после запроса компенсации.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Шаблону нужно название.</translation>
    </message>
    <message>
        <source>A template needs a text.</source>
        <translation>Шаблону нужен текст.</translation>
    </message>
</context>
<context>
    <name>empathy::WallModel</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ждёт</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Оповещения</translation>
    </message>
</context>
<context>
    <name>empathy::WallView</name>
    <message>
        <source>Live wall of open conversations</source>
        <translation>Живая доска открытых разговоров</translation>
    </message>
    <message>
        <source>Every open conversation of the team with its agent, mood, waiting time and promise. Enter opens the conversation.</source>
        <translation>Каждый открытый разговор команды с оператором, настроением, временем ожидания и обещанием. Enter открывает разговор.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>ещё не оценено</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n open</source>
        <translation>
            <numerusform>⚠ %n открыто</numerusform>
            <numerusform>⚠ %n открыто</numerusform>
            <numerusform>⚠ %n открыто</numerusform>
        </translation>
    </message>
</context>
</TS>
