<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AlertText</name>
    <message>
        <source>Unusual for this customer</source>
        <translation>Nietypowe dla tego klienta</translation>
    </message>
    <message>
        <source>Strong anger</source>
        <translation>Silny gniew</translation>
    </message>
    <message>
        <source>Wants to leave</source>
        <translation>Chce odejść</translation>
    </message>
    <message>
        <source>First answer due soon</source>
        <translation>Termin pierwszej odpowiedzi wkrótce</translation>
    </message>
    <message>
        <source>First answer overdue</source>
        <translation>Pierwsza odpowiedź po terminie</translation>
    </message>
    <message>
        <source>Resolution due soon</source>
        <translation>Termin rozwiązania wkrótce</translation>
    </message>
    <message>
        <source>Resolution overdue</source>
        <translation>Rozwiązanie po terminie</translation>
    </message>
    <message>
        <source>Back again within days</source>
        <translation>Wraca po kilku dniach</translation>
    </message>
    <message>
        <source>Handed over by the assistant</source>
        <translation>Przekazane przez asystenta</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarty</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>potwierdzony</translation>
    </message>
    <message>
        <source>taken over</source>
        <translation>przejęty</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>przekazany</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wysyłanie…</translation>
    </message>
    <message>
        <source>nobody assigned</source>
        <translation>nikt nie przypisany</translation>
    </message>
    <message>
        <source>The customer wrote: “%1”</source>
        <translation>Klient napisał: „%1”</translation>
    </message>
    <message>
        <source>Strongest feeling: %1, at %2.</source>
        <translation>Najsilniejsze uczucie: %1, z siłą %2.</translation>
    </message>
    <message>
        <source>Mood of the message: %1 (from −1 to +1).</source>
        <translation>Nastrój wiadomości: %1 (od −1 do +1).</translation>
    </message>
    <message>
        <source>This customer’s normal range: %1 ± %2</source>
        <translation>Zwykły zakres tego klienta: %1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, mostly from all customers: %n message(s) of their own.</source>
        <translation>
            <numerusform>%1, głównie ze wszystkich klientów: %n własna wiadomość.</numerusform>
            <numerusform>%1, głównie ze wszystkich klientów: %n własne wiadomości.</numerusform>
            <numerusform>%1, głównie ze wszystkich klientów: %n własnych wiadomości.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, from %n of their own messages.</source>
        <translation>
            <numerusform>%1, z %n własnej wiadomości.</numerusform>
            <numerusform>%1, z %n własnych wiadomości.</numerusform>
            <numerusform>%1, z %n własnych wiadomości.</numerusform>
        </translation>
    </message>
    <message>
        <source>The promise was %1; it is %2 overdue.</source>
        <translation>Obietnica była na %1; minęło %2 po terminie.</translation>
    </message>
    <message>
        <source>The promise is %1, in %2.</source>
        <translation>Obietnica jest na %1, za %2.</translation>
    </message>
    <message>
        <source>The customer had another conversation in the days before this one.</source>
        <translation>Klient miał inną rozmowę w dniach przed tą.</translation>
    </message>
    <message>
        <source>The automated assistant answered and the customer still needs a person.</source>
        <translation>Automatyczny asystent odpowiedział, a klient nadal potrzebuje człowieka.</translation>
    </message>
    <message>
        <source>Given to %1 by %2, %3.</source>
        <translation>Przekazane do: %1 przez: %2, %3.</translation>
    </message>
    <message>
        <source>Taken over by %1, %2.</source>
        <translation>Przejęte przez: %1, %2.</translation>
    </message>
    <message>
        <source>Acknowledged by %1, %2.</source>
        <translation>Potwierdzone przez: %1, %2.</translation>
    </message>
    <message>
        <source>The server refused the last action: %1</source>
        <translation>Serwer odrzucił ostatnią czynność: %1</translation>
    </message>
</context>
<context>
    <name>BadgeTooltip</name>
    <message>
        <source>Not scored yet</source>
        <translation>Jeszcze nie oceniono</translation>
    </message>
    <message>
        <source>corrected by an agent</source>
        <translation>poprawione przez konsultanta</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Pewność: %1</translation>
    </message>
    <message>
        <source>Intensity: %1</source>
        <translation>Natężenie: %1</translation>
    </message>
    <message>
        <source>Risk of losing the customer: %1</source>
        <translation>Ryzyko utraty klienta: %1</translation>
    </message>
    <message>
        <source>Emotions: %1</source>
        <translation>Emocje: %1</translation>
    </message>
    <message>
        <source>“%1” (negated)</source>
        <comment>a word the engine read as negated</comment>
        <translation>„%1” (zaprzeczone)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Dlaczego: %1</translation>
    </message>
    <message>
        <source>Click the badge to correct it.</source>
        <translation>Kliknij plakietkę, aby ją poprawić.</translation>
    </message>
</context>
<context>
    <name>CacheFile</name>
    <message>
        <source>The cache %1 cannot be read (%2) and could not be moved aside.</source>
        <translation>Nie można odczytać pamięci podręcznej %1 (%2) ani przenieść jej na bok.</translation>
    </message>
    <message>
        <source>The cache %1 could not be read (%2). It was moved to %3 and a fresh cache was created; data will be fetched again.</source>
        <translation>Nie udało się odczytać pamięci podręcznej %1 (%2). Przeniesiono ją do %3 i utworzono nową; dane zostaną pobrane ponownie.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation>Nie można otworzyć pamięci podręcznej %1: %2</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Czat na stronie</translation>
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
        <translation>VK</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Rozmowa telefoniczna</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Empathy Desk: the customer-service workstation that knows how your customers feel.</source>
        <translation>Empathy Desk: stanowisko obsługi klienta, które wie, co czują Twoi klienci.</translation>
    </message>
    <message>
        <source>Profile to open (default: demo).</source>
        <translation>Profil do otwarcia (domyślnie: demo).</translation>
    </message>
    <message>
        <source>Keep profiles in this directory instead of the user&apos;s data directory.</source>
        <translation>Przechowuj profile w tym katalogu zamiast w katalogu danych użytkownika.</translation>
    </message>
    <message>
        <source>Start a local demo server with simulated customers and open the demo profile synced with it.</source>
        <translation>Uruchom lokalny serwer demonstracyjny z symulowanymi klientami i otwórz zsynchronizowany z nim profil demo.</translation>
    </message>
    <message>
        <source>Conversations the demo server starts with (default 500).</source>
        <translation>Liczba rozmów, od których startuje serwer demo (domyślnie 500).</translation>
    </message>
    <message>
        <source>Simulated customer messages a second on the demo server (default 0.5).</source>
        <translation>Symulowane wiadomości klientów na sekundę na serwerze demo (domyślnie 0,5).</translation>
    </message>
    <message>
        <source>Fill the (empty) profile with N generated conversations and exit.</source>
        <translation>Wypełnij (pusty) profil N wygenerowanymi rozmowami i zakończ.</translation>
    </message>
    <message>
        <source>Seed for generated data (default 1).</source>
        <translation>Ziarno dla generowanych danych (domyślnie 1).</translation>
    </message>
    <message>
        <source>Average messages per generated conversation (default 10).</source>
        <translation>Średnia liczba wiadomości w wygenerowanej rozmowie (domyślnie 10).</translation>
    </message>
    <message>
        <source>Generated history ends at this UTC time (ISO 8601) instead of now, so that a seed gives the same timestamps too.</source>
        <translation>Wygenerowana historia kończy się o tym czasie UTC (ISO 8601) zamiast teraz, aby to samo ziarno dawało też te same znaczniki czasu.</translation>
    </message>
    <message>
        <source>Render the main window once its data has loaded, save it as a PNG and exit.</source>
        <translation>Wyrenderuj okno główne po wczytaniu danych, zapisz je jako PNG i zakończ.</translation>
    </message>
    <message>
        <source>Open the inbox showing only conversations in this language (en, pl, ro, ru, fa).</source>
        <translation>Otwórz skrzynkę pokazującą tylko rozmowy w tym języku (en, pl, ro, ru, fa).</translation>
    </message>
    <message>
        <source>Show Empathy Desk in this language for this run (en, pl, ro, ru, fa); the settings decide otherwise.</source>
        <translation>Pokaż Empathy Desk w tym języku w tym uruchomieniu (en, pl, ro, ru, fa); w przeciwnym razie decydują ustawienia.</translation>
    </message>
    <message>
        <source>Open the inbox with this search (a customer&apos;s name, words of a message); with --screenshot, the first conversation found is shown.</source>
        <translation>Otwórz skrzynkę z tym wyszukiwaniem (imię klienta, słowa wiadomości); z --screenshot pokazywana jest pierwsza znaleziona rozmowa.</translation>
    </message>
    <message>
        <source>Show the customer&apos;s empathy map instead of the timeline at the start.</source>
        <translation>Na starcie pokaż mapę empatii klienta zamiast osi czasu.</translation>
    </message>
    <message>
        <source>With --demo, log in as this member of the demo team: alex (agent, the default), julia (team lead), mark (trainer), ... Each has a profile of their own.</source>
        <translation>Z --demo zaloguj się jako ten członek zespołu demo: alex (konsultant, domyślnie), julia (kierowniczka zespołu), mark (trener), ... Każdy ma własny profil.</translation>
    </message>
    <message>
        <source>Open the supervisor view at the start (team leads and admins).</source>
        <translation>Na starcie otwórz widok kierownika (kierownicy zespołów i administratorzy).</translation>
    </message>
    <message>
        <source>Open the supervisor view on the team&apos;s figures.</source>
        <translation>Otwórz widok kierownika na wskaźnikach zespołu.</translation>
    </message>
    <message>
        <source>Connect to this Empathy Desk server (ws://host:port); asks for the log-in.</source>
        <translation>Połącz z tym serwerem Empathy Desk (ws://host:port); pyta o dane logowania.</translation>
    </message>
    <message>
        <source>Trust the certificate(s) in this PEM file for wss:// (a company CA).</source>
        <translation>Ufaj certyfikatom z tego pliku PEM dla wss:// (firmowe CA).</translation>
    </message>
    <message>
        <source>Replay the conversations of a training pack (no server needed).</source>
        <translation>Odtwórz rozmowy z pakietu szkoleniowego (serwer niepotrzebny).</translation>
    </message>
    <message>
        <source>With --replay and --screenshot: the pack&apos;s conversation to show (from 1).</source>
        <translation>Z --replay i --screenshot: rozmowa z pakietu do pokazania (od 1).</translation>
    </message>
    <message>
        <source>Turn a corpus of customer-care threads (JSON lines) into a training pack, personal data replaced, and exit.</source>
        <translation>Zamień zbiór wątków obsługi klienta (wiersze JSON) w pakiet szkoleniowy z zastąpionymi danymi osobowymi i zakończ.</translation>
    </message>
    <message>
        <source>Where --import-conversations writes the pack (default: the corpus&apos;s name with .empathypack, in the current directory).</source>
        <translation>Gdzie --import-conversations zapisuje pakiet (domyślnie: nazwa zbioru z .empathypack, w bieżącym katalogu).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Nieoczekiwany argument: %1</translation>
    </message>
    <message>
        <source>A profile name uses letters, digits, &apos;-&apos; and &apos;_&apos; only: %1</source>
        <translation>Nazwa profilu składa się tylko z liter, cyfr, &apos;-&apos; i &apos;_&apos;: %1</translation>
    </message>
    <message>
        <source>--language takes en, pl, ro, ru or fa, not %1</source>
        <translation>--language przyjmuje en, pl, ro, ru lub fa, nie %1</translation>
    </message>
    <message>
        <source>--as takes the login of a demo team member and goes with --demo</source>
        <translation>--as przyjmuje login członka zespołu demo i działa razem z --demo</translation>
    </message>
    <message>
        <source>--language-filter takes en, pl, ro, ru or fa, not %1</source>
        <translation>--language-filter przyjmuje en, pl, ro, ru lub fa, nie %1</translation>
    </message>
    <message>
        <source>--replay works without a server: leave out --server</source>
        <translation>--replay działa bez serwera: pomiń --server</translation>
    </message>
    <message>
        <source>--demo-now takes a time like 2026-03-16T10:30:00Z</source>
        <translation>--demo-now przyjmuje czas w postaci 2026-03-16T10:30:00Z</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3</source>
        <translation>--%1 przyjmuje liczbę całkowitą od %2 do %3</translation>
    </message>
    <message>
        <source>--demo-rate takes a number of messages a second above 0</source>
        <translation>--demo-rate przyjmuje liczbę wiadomości na sekundę większą od 0</translation>
    </message>
</context>
<context>
    <name>CompensationText</name>
    <message>
        <source>Discount</source>
        <translation>Rabat</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation>Darmowa wysyłka</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Prezent</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Częściowy zwrot</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Pełny zwrot</translation>
    </message>
    <message>
        <source>not sent yet: waits for the connection</source>
        <translation>jeszcze niewysłane: czeka na połączenie</translation>
    </message>
    <message>
        <source>waiting for a team lead</source>
        <translation>czeka na kierownika zespołu</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>przyznane</translation>
    </message>
    <message>
        <source>denied by a team lead</source>
        <translation>odrzucone przez kierownika zespołu</translation>
    </message>
    <message>
        <source>reversed by a team lead</source>
        <translation>cofnięte przez kierownika zespołu</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>odrzucone przez serwer</translation>
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
        <translation>liczba rozmów demo musi wynosić co najmniej 1</translation>
    </message>
    <message>
        <source>this profile already holds %1 conversations; generate into a new profile</source>
        <translation>ten profil zawiera już %1 rozmów; generuj do nowego profilu</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>empathy-desk: cannot write the screenshot to %1</source>
        <translation>empathy-desk: nie można zapisać zrzutu ekranu do %1</translation>
    </message>
    <message>
        <source>screenshot written to %1 (%2x%3)</source>
        <translation>zrzut ekranu zapisany do %1 (%2x%3)</translation>
    </message>
    <message>
        <source>The demo profile held generated data; it now syncs with the demo server and starts afresh.</source>
        <translation>Profil demo zawierał wygenerowane dane; teraz synchronizuje się z serwerem demo i zaczyna od nowa.</translation>
    </message>
    <message>
        <source>Empathy Desk cannot open the profile</source>
        <translation>Empathy Desk nie może otworzyć profilu</translation>
    </message>
    <message>
        <source>empathy-desk: the emotion engine is not available: %1</source>
        <translation>empathy-desk: silnik emocji jest niedostępny: %1</translation>
    </message>
    <message>
        <source>generated %1 of %2 conversations</source>
        <translation>wygenerowano %1 z %2 rozmów</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2 conversations, %3 messages in %4 s (%5)</source>
        <translation>profil &apos;%1&apos;: %2 rozmów, %3 wiadomości w %4 s (%5)</translation>
    </message>
    <message>
        <source>empathy-desk: cannot generate demo data: %1</source>
        <translation>empathy-desk: nie można wygenerować danych demo: %1</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Uruchamianie serwera demo…</translation>
    </message>
    <message>
        <source>Empathy Desk</source>
        <translation>Empathy Desk</translation>
    </message>
    <message>
        <source>Demo server at %1</source>
        <translation>Serwer demo pod adresem %1</translation>
    </message>
    <message>
        <source>Web chat page for customers: %1</source>
        <translation>Strona czatu dla klientów: %1</translation>
    </message>
    <message>
        <source>empathy-desk: the supervisor view is for team leads; log in as one (with --demo: --as julia)</source>
        <translation>empathy-desk: widok kierownika jest dla kierowników zespołów; zaloguj się jako kierownik (z --demo: --as julia)</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days, abbreviated</comment>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply overdue by %1</source>
        <translation>Odpowiedź spóźniona o %1</translation>
    </message>
    <message>
        <source>Resolution overdue by %1</source>
        <translation>Rozwiązanie spóźnione o %1</translation>
    </message>
    <message>
        <source>Reply in %1</source>
        <translation>Odpowiedź za %1</translation>
    </message>
    <message>
        <source>Resolve in %1</source>
        <translation>Rozwiązanie za %1</translation>
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>nie można uruchomić %1: %2</translation>
    </message>
    <message>
        <source>the demo server did not start (see %1)</source>
        <translation>serwer demo się nie uruchomił (zobacz %1)</translation>
    </message>
</context>
<context>
    <name>InboxAccessibleText</name>
    <message>
        <source>mood positive</source>
        <translation>nastrój pozytywny</translation>
    </message>
    <message>
        <source>mood negative</source>
        <translation>nastrój negatywny</translation>
    </message>
    <message>
        <source>mood neutral</source>
        <translation>nastrój neutralny</translation>
    </message>
    <message>
        <source>%1, improving</source>
        <comment>a mood, then its trend</comment>
        <translation>%1, poprawia się</translation>
    </message>
    <message>
        <source>%1, getting worse</source>
        <comment>a mood, then its trend</comment>
        <translation>%1, pogarsza się</translation>
    </message>
    <message>
        <source>mood not known yet</source>
        <translation>nastrój jeszcze nieznany</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n nieprzeczytana</numerusform>
            <numerusform>%n nieprzeczytane</numerusform>
            <numerusform>%n nieprzeczytanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n minute(s)</source>
        <translation>
            <numerusform>czeka %n minutę</numerusform>
            <numerusform>czeka %n minuty</numerusform>
            <numerusform>czeka %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n hour(s)</source>
        <translation>
            <numerusform>czeka %n godzinę</numerusform>
            <numerusform>czeka %n godziny</numerusform>
            <numerusform>czeka %n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>czeka %n dzień</numerusform>
            <numerusform>czeka %n dni</numerusform>
            <numerusform>czeka %n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <source>English</source>
        <translation>angielski</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>polski</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>rumuński</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rosyjski</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>perski</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>inny język</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>&quot;{{&quot; is never closed with &quot;}}&quot;</source>
        <translation>„{{” nigdy nie jest zamknięte przez „}}”</translation>
    </message>
    <message>
        <source>only {{#if name}} blocks are known: %1</source>
        <translation>znane są tylko bloki {{#if nazwa}}: %1</translation>
    </message>
    <message>
        <source>unknown placeholder &quot;%1&quot;</source>
        <translation>nieznany symbol zastępczy „%1”</translation>
    </message>
    <message>
        <source>{{else}} outside an {{#if}} block</source>
        <translation>{{else}} poza blokiem {{#if}}</translation>
    </message>
    <message>
        <source>unknown closing tag {{%1}}</source>
        <translation>nieznany znacznik zamykający {{%1}}</translation>
    </message>
    <message>
        <source>{{/if}} without an {{#if}} before it</source>
        <translation>{{/if}} bez poprzedzającego {{#if}}</translation>
    </message>
    <message>
        <source>{{#if %1}} is never closed with {{/if}}</source>
        <translation>{{#if %1}} nigdy nie jest zamknięte przez {{/if}}</translation>
    </message>
</context>
<context>
    <name>MoodLook</name>
    <message>
        <source>Positive</source>
        <translation>Pozytywny</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negatywny</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutralny</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Zły</translation>
    </message>
    <message>
        <source>Disgusted</source>
        <translation>Zniesmaczony</translation>
    </message>
    <message>
        <source>Worried</source>
        <translation>Zaniepokojony</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Zadowolony</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>Smutny</translation>
    </message>
    <message>
        <source>Surprised</source>
        <translation>Zaskoczony</translation>
    </message>
    <message>
        <source>Grateful</source>
        <translation>Wdzięczny</translation>
    </message>
    <message>
        <source>Frustrated</source>
        <translation>Sfrustrowany</translation>
    </message>
    <message>
        <source>Disappointed</source>
        <translation>Rozczarowany</translation>
    </message>
    <message>
        <source>Confused</source>
        <translation>Zdezorientowany</translation>
    </message>
    <message>
        <source>Relieved</source>
        <translation>Z ulgą</translation>
    </message>
    <message>
        <source>May leave</source>
        <translation>Może odejść</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>poprawia się</translation>
    </message>
    <message>
        <source>getting worse</source>
        <translation>pogarsza się</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>bez zmian</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>a template needs a name</source>
        <translation>szablon potrzebuje nazwy</translation>
    </message>
    <message>
        <source>another template is called &quot;%1&quot;</source>
        <translation>inny szablon nazywa się „%1”</translation>
    </message>
</context>
<context>
    <name>ThreadDocument</name>
    <message>
        <source> Private note: the customer does not see it</source>
        <translation> Notatka prywatna: klient jej nie widzi</translation>
    </message>
    <message>
        <source>automated assistant</source>
        <translation>automatyczny asystent</translation>
    </message>
    <message>
        <source>⏳ Pending: not on the server yet</source>
        <translation>⏳ Oczekuje: jeszcze nie na serwerze</translation>
    </message>
    <message>
        <source>⚠ Not delivered</source>
        <translation>⚠ Nie dostarczono</translation>
    </message>
    <message>
        <source>⚠ The customer wrote faster than the web chat allows. Their page gave back what they typed and asked them to wait a moment before sending it again.</source>
        <translation>⚠ Klient pisał szybciej, niż pozwala czat na stronie. Jego strona oddała mu to, co wpisał, i poprosiła, by chwilę poczekał, zanim wyśle to ponownie.</translation>
    </message>
    <message>
        <source>Notice from the server: %1</source>
        <translation>Komunikat serwera: %1</translation>
    </message>
</context>
<context>
    <name>TrainingLaunch</name>
    <message>
        <source>Empathy Desk cannot open the training pack</source>
        <translation>Empathy Desk nie może otworzyć pakietu szkoleniowego</translation>
    </message>
    <message>
        <source>%1 holds no conversation to import</source>
        <translation>%1 nie zawiera żadnej rozmowy do zaimportowania</translation>
    </message>
    <message>
        <source>%1 conversations from %2 into %3; replaced: %4%5</source>
        <translation>%1 rozmów z %2 do %3; zastąpiono: %4%5</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>; %1 problem(s) reported above</source>
        <translation>; zgłoszone problemy powyżej: %1</translation>
    </message>
    <message>
        <source>Replay it with: empathy-desk --replay %1</source>
        <translation>Odtwórz go poleceniem: empathy-desk --replay %1</translation>
    </message>
    <message>
        <source>%1 holds no conversations</source>
        <translation>%1 nie zawiera rozmów</translation>
    </message>
    <message>
        <source>the emotion engine is not available: %1</source>
        <translation>silnik emocji jest niedostępny: %1</translation>
    </message>
    <message>
        <source>cannot make the replay&apos;s scratch cache: %1</source>
        <translation>nie można utworzyć roboczej pamięci podręcznej odtwarzania: %1</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trener</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>nie można zapisać zrzutu ekranu do %1</translation>
    </message>
    <message>
        <source>screenshot written to %1 (%2x%3)</source>
        <translation>zrzut ekranu zapisany do %1 (%2x%3)</translation>
    </message>
</context>
<context>
    <name>TrainingPackExport</name>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>Nie udało się odczytać pamięci podręcznej: %1</translation>
    </message>
    <message>
        <source>None of these conversations has messages in this desk.</source>
        <translation>Żadna z tych rozmów nie ma wiadomości w tym stanowisku.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>Empathy Desk is not translated into “%1”.</source>
        <translation>Empathy Desk nie jest przetłumaczony na „%1”.</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this build.</source>
        <translation>W tej wersji brakuje tłumaczenia: %1.</translation>
    </message>
</context>
<context>
    <name>empathy::ApprovalQueueModel</name>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Wnioskujący</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Nastrój</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
</context>
<context>
    <name>empathy::ApprovalQueueView</name>
    <message>
        <source>Compensations waiting for a team lead</source>
        <translation>Rekompensaty czekające na kierownika zespołu</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Zatwierdź…</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Odrzuć…</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Otwórz rozmowę</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznane</translation>
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
        <translation>Rekompensata dla klienta</translation>
    </message>
    <message>
        <source>No particular order</source>
        <translation>Bez konkretnego zamówienia</translation>
    </message>
    <message>
        <source>Order #%1 · %2</source>
        <translation>Zamówienie nr %1 · %2</translation>
    </message>
    <message>
        <source>Why: what went wrong for the customer (kept for the audit)</source>
        <translation>Dlaczego: co poszło nie tak dla klienta (zachowywane do audytu)</translation>
    </message>
    <message>
        <source>The company&apos;s limits apply: over them, a team lead decides, and the customer&apos;s history shows it as waiting until then.</source>
        <translation>Obowiązują limity firmy: powyżej nich decyduje kierownik zespołu, a do tego czasu historia klienta pokazuje rekompensatę jako oczekującą.</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Co</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Zamówienie</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>&amp;Procent</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Kwota</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>P&amp;owód</translation>
    </message>
    <message>
        <source>&amp;Give</source>
        <translation>&amp;Przyznaj</translation>
    </message>
    <message>
        <source>A refund is for one of the customer&apos;s orders: choose it.</source>
        <translation>Zwrot dotyczy jednego z zamówień klienta: wybierz je.</translation>
    </message>
    <message>
        <source>Give the currency as its three-letter code, such as EUR.</source>
        <translation>Podaj walutę jej trzyliterowym kodem, np. EUR.</translation>
    </message>
    <message>
        <source>Give an amount greater than zero, such as %1.</source>
        <translation>Podaj kwotę większą od zera, np. %1.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the compensation.</source>
        <translation>Podaj powód: jest zachowywany razem z rekompensatą.</translation>
    </message>
</context>
<context>
    <name>empathy::ConversationView</name>
    <message>
        <source>Select a conversation in the inbox to read it and reply.</source>
        <translation>Wybierz rozmowę w skrzynce, aby ją przeczytać i odpowiedzieć.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>The messages of the conversation with their mood badges; Tab moves between the badges, Enter corrects one</source>
        <translation>Wiadomości rozmowy z plakietkami nastroju; Tab przechodzi między plakietkami, Enter poprawia jedną z nich</translation>
    </message>
    <message>
        <source>Correct the mood</source>
        <translation>Popraw nastrój</translation>
    </message>
    <message>
        <source>This message is really…</source>
        <translation>Ta wiadomość jest naprawdę…</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Język: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Przypisana do: %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisana</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
</context>
<context>
    <name>empathy::CustomerPanel</name>
    <message>
        <source>unknown</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>Czat na stronie</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Historia klienta</translation>
    </message>
    <message>
        <source>Tone not noted yet</source>
        <translation>Ton jeszcze nieodnotowany</translation>
    </message>
    <message>
        <source>Prefers a formal tone</source>
        <translation>Woli ton formalny</translation>
    </message>
    <message>
        <source>Prefers a warm tone</source>
        <translation>Woli ton ciepły</translation>
    </message>
    <message>
        <source>Preferred tone</source>
        <translation>Preferowany ton</translation>
    </message>
    <message>
        <source>How this customer likes to be addressed; the tone coach checks replies against it.</source>
        <translation>Jak ten klient lubi, by się do niego zwracać; doradca tonu sprawdza według tego odpowiedzi.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Zamówienia</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Ankiety</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Przeprosiny</translation>
    </message>
    <message>
        <source>Compensations</source>
        <translation>Rekompensaty</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Shows or hides this kind of event in the timeline</source>
        <translation>Pokazuje lub ukrywa ten rodzaj zdarzeń na osi czasu</translation>
    </message>
    <message>
        <source>Compensate…</source>
        <translation>Rekompensata…</translation>
    </message>
    <message>
        <source>Give the customer a discount, voucher, free shipping, gift or refund, within the company&apos;s limits (Ctrl+Shift+C)</source>
        <translation>Daj klientowi rabat, bon, darmową wysyłkę, prezent lub zwrot w granicach limitów firmy (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>Everything that happened with this customer, newest first; the context menu key offers actions</source>
        <translation>Wszystko, co wydarzyło się z tym klientem, od najnowszych; klawisz menu kontekstowego oferuje czynności</translation>
    </message>
    <message>
        <source>Empathy map</source>
        <translation>Mapa empatii</translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>Powiadom klienta</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Zatwierdź…</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Odrzuć…</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>Cofnij…</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Nie wybrano klienta</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>woli: %1</translation>
    </message>
    <message>
        <source>Lifetime value: %1</source>
        <translation>Wartość klienta: %1</translation>
    </message>
    <message>
        <source>no orders yet</source>
        <translation>jeszcze brak zamówień</translation>
    </message>
    <message>
        <source>Conversations: %1 open of %2</source>
        <translation>Rozmowy: %1 otwartych z %2</translation>
    </message>
    <message>
        <source>Reached out unasked: %1 in 7 days, %2 in 30 days</source>
        <translation>Kontakt z naszej inicjatywy: %1 w 7 dni, %2 w 30 dni</translation>
    </message>
    <message>
        <source>the limit is %1: think twice before one more</source>
        <translation>limit to %1: zastanów się przed kolejnym</translation>
    </message>
    <message>
        <source>Order #%1: %2 contacts in %3</source>
        <translation>Zamówienie nr %1: %2 kontaktów w %3</translation>
    </message>
    <message>
        <source>Everything that happened with this customer: messages, orders, surveys, apologies, compensations and notes</source>
        <translation>Wszystko, co wydarzyło się z tym klientem: wiadomości, zamówienia, ankiety, przeprosiny, rekompensaty i notatki</translation>
    </message>
    <message>
        <source>What the customer says, thinks, does and feels, with suggestions from their messages</source>
        <translation>Co klient mówi, myśli, robi i czuje, z sugestiami z jego wiadomości</translation>
    </message>
</context>
<context>
    <name>empathy::EmpathyMapView</name>
    <message>
        <source>Accept</source>
        <translation>Zaakceptuj</translation>
    </message>
    <message>
        <source>Edit and accept…</source>
        <translation>Edytuj i zaakceptuj…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Dodaj do: %1</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Etap ścieżki klienta</translation>
    </message>
    <message>
        <source>Stage not noted</source>
        <translation>Etap nieodnotowany</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>Przed zakupem</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Zakup</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Dostawa</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Wsparcie</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po zakupie</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Zapisz mapę jako obraz</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the map as a PDF document</source>
        <translation>Zapisz mapę jako dokument PDF</translation>
    </message>
    <message>
        <source>Notes and suggestions; Enter edits or accepts one, the context menu key offers more</source>
        <translation>Notatki i sugestie; Enter edytuje lub akceptuje, klawisz menu kontekstowego oferuje więcej</translation>
    </message>
    <message>
        <source>Add a note to %1</source>
        <translation>Dodaj notatkę do: %1</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Mówi</translation>
    </message>
    <message>
        <source>Thinks</source>
        <translation>Myśli</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Robi</translation>
    </message>
    <message>
        <source>Feels</source>
        <translation>Czuje</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>Bolączki</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Korzyści</translation>
    </message>
    <message>
        <source>⚠ Written at the same time as another version: %1</source>
        <translation>⚠ Zapisane w tym samym czasie co inna wersja: %1</translation>
    </message>
    <message>
        <source>(not saved: %1)</source>
        <translation>(nie zapisano: %1)</translation>
    </message>
    <message>
        <source>(saving…)</source>
        <translation>(zapisywanie…)</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Sugestia: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>is unsure: “%1”</source>
        <translation>nie jest pewien: „%1”</translation>
    </message>
    <message>
        <source>threatened to leave or asked for a refund: “%1”</source>
        <translation>groził odejściem lub prosił o zwrot: „%1”</translation>
    </message>
    <message>
        <source>contacted us %1 times about order #%2 in %3 days</source>
        <translation>kontaktował się z nami %1 razy w sprawie zamówienia nr %2 w ciągu %3 dni</translation>
    </message>
    <message>
        <source>order #%1 is still not sorted out</source>
        <translation>zamówienie nr %1 wciąż nie jest załatwione</translation>
    </message>
    <message>
        <source>gave us %1 of 10 (NPS)</source>
        <translation>dał nam %1 na 10 (NPS)</translation>
    </message>
    <message>
        <source>rated us %1 of 5 (CSAT)</source>
        <translation>ocenił nas na %1 z 5 (CSAT)</translation>
    </message>
    <message>
        <source>went wrong: “%1”</source>
        <translation>poszło nie tak: „%1”</translation>
    </message>
    <message>
        <source>glad of “%1”</source>
        <translation>cieszy się z: „%1”</translation>
    </message>
    <message>
        <source>would recommend us, %1 of 10 (NPS)</source>
        <translation>poleciłby nas, %1 na 10 (NPS)</translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation>Zaakceptuj sugestię</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Edytuj notatkę</translation>
    </message>
    <message>
        <source>What the customer says, thinks, does or feels:</source>
        <translation>Co klient mówi, myśli, robi lub czuje:</translation>
    </message>
    <message>
        <source>Empathy map</source>
        <translation>Mapa empatii</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the empathy map</source>
        <translation>Zapisz mapę empatii</translation>
    </message>
    <message>
        <source>empathy-map</source>
        <translation>mapa-empatii</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>The empathy map could not be written to %1.</source>
        <translation>Nie udało się zapisać mapy empatii do %1.</translation>
    </message>
</context>
<context>
    <name>empathy::FilterBar</name>
    <message>
        <source>Search messages and customers (Ctrl+K)</source>
        <translation>Szukaj w wiadomościach i klientach (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Finds conversations by the words of their messages or the customer&apos;s name; Enter moves to the results</source>
        <translation>Znajduje rozmowy po słowach z wiadomości lub imieniu klienta; Enter przechodzi do wyników</translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation>Czyje rozmowy</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Open and pending</source>
        <translation>Otwarte i oczekujące</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Dowolny stan</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Wszystkie języki</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Kolejność</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Najnowsze najpierw</translation>
    </message>
    <message>
        <source>Longest waiting</source>
        <translation>Najdłużej czekające</translation>
    </message>
    <message>
        <source>Due soonest</source>
        <translation>Najbliższy termin</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
</context>
<context>
    <name>empathy::HistoryDelegate</name>
    <message>
        <source>%1 · apology</source>
        <translation>%1 · przeprosiny</translation>
    </message>
    <message>
        <source>%1 · customer</source>
        <translation>%1 · klient</translation>
    </message>
    <message>
        <source>%1 · us</source>
        <translation>%1 · my</translation>
    </message>
    <message>
        <source>turning point</source>
        <translation>punkt zwrotny</translation>
    </message>
    <message>
        <source>Order #%1 · %2</source>
        <translation>Zamówienie nr %1 · %2</translation>
    </message>
    <message>
        <source>mood %1 → %2</source>
        <translation>nastrój %1 → %2</translation>
    </message>
    <message>
        <source>mood before %1</source>
        <translation>nastrój przed: %1</translation>
    </message>
    <message>
        <source>Empathy map · %1</source>
        <translation>Mapa empatii · %1</translation>
    </message>
    <message>
        <source>Survey · NPS %1 of 10</source>
        <translation>Ankieta · NPS %1 na 10</translation>
    </message>
    <message>
        <source>Survey · CSAT %1 of 5</source>
        <translation>Ankieta · CSAT %1 z 5</translation>
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
        <translation>Nastrój jeszcze nieznany</translation>
    </message>
    <message>
        <source>Customer&apos;s mood: %1 (%2), %3</source>
        <comment>mood word, valence -1..+1, trend</comment>
        <translation>Nastrój klienta: %1 (%2), %3</translation>
    </message>
    <message>
        <source>You: %1</source>
        <comment>inbox preview of our own last reply</comment>
        <translation>Ty: %1</translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation>Czeka %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moja</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisana</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Pilne</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Wysoki priorytet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązana</translation>
    </message>
</context>
<context>
    <name>empathy::InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Skrzynka</translation>
    </message>
    <message>
        <source>Conversations from every channel. Arrow keys move, Enter opens.</source>
        <translation>Rozmowy ze wszystkich kanałów. Strzałki przesuwają, Enter otwiera.</translation>
    </message>
</context>
<context>
    <name>empathy::LoginDialog</name>
    <message>
        <source>Log in to Empathy Desk</source>
        <translation>Logowanie do Empathy Desk</translation>
    </message>
    <message>
        <source>ws://server:8765</source>
        <translation>ws://serwer:8765</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Not needed while your last session is valid</source>
        <translation>Niepotrzebne, dopóki ostatnia sesja jest ważna</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>The server address looks like ws://host:port or wss://host:port.</source>
        <translation>Adres serwera ma postać ws://host:port lub wss://host:port.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
</context>
<context>
    <name>empathy::MainWindow</name>
    <message>
        <source>Note not removed</source>
        <translation>Nie usunięto notatki</translation>
    </message>
    <message>
        <source>Stage not saved</source>
        <translation>Nie zapisano etapu</translation>
    </message>
    <message>
        <source>Empathy Desk</source>
        <translation>Empathy Desk</translation>
    </message>
    <message>
        <source>Compensations over agents&apos; limits, waiting for a team lead</source>
        <translation>Rekompensaty powyżej limitów konsultantów czekające na kierownika zespołu</translation>
    </message>
    <message>
        <source>Training pack…</source>
        <translation>Pakiet szkoleniowy…</translation>
    </message>
    <message>
        <source>Export conversations for trainers, with customers&apos; personal data replaced</source>
        <translation>Eksportuj rozmowy dla trenerów z zastąpionymi danymi osobowymi klientów</translation>
    </message>
    <message>
        <source>The team&apos;s live conversations and alerts (Ctrl+Shift+S)</source>
        <translation>Bieżące rozmowy i alerty zespołu (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Skróty</translation>
    </message>
    <message>
        <source>The keyboard shortcuts (F1)</source>
        <translation>Skróty klawiszowe (F1)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <source>Language, theme, notifications, server and tone coach (Ctrl+,)</source>
        <translation>Język, motyw, powiadomienia, serwer i doradca tonu (Ctrl+,)</translation>
    </message>
    <message>
        <source>Conversations in the inbox</source>
        <translation>Rozmowy w skrzynce</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>Czynności czekające na wysłanie</translation>
    </message>
    <message>
        <source>The server refused an action: %1</source>
        <translation>Serwer odrzucił czynność: %1</translation>
    </message>
    <message>
        <source>Could not mark the conversation read: %1</source>
        <translation>Nie udało się oznaczyć rozmowy jako przeczytanej: %1</translation>
    </message>
    <message>
        <source>Contact the customer again?</source>
        <translation>Skontaktować się ponownie z klientem?</translation>
    </message>
    <message>
        <source>%1 has not written since our last message, and we already reached out unasked %2 times in the last 7 days (the limit is %3). Send this anyway?</source>
        <translation>%1 nie napisał od naszej ostatniej wiadomości, a w ciągu ostatnich 7 dni kontaktowaliśmy się z naszej inicjatywy już %2 razy (limit to %3). Wysłać mimo to?</translation>
    </message>
    <message>
        <source>Reply not saved</source>
        <translation>Nie zapisano odpowiedzi</translation>
    </message>
    <message>
        <source>The reply could not be saved in the local cache: %1</source>
        <translation>Nie udało się zapisać odpowiedzi w lokalnej pamięci podręcznej: %1</translation>
    </message>
    <message>
        <source>Reply saved. It stays marked pending until the server has it.</source>
        <translation>Odpowiedź zapisana. Pozostaje oznaczona jako oczekująca, dopóki nie dotrze na serwer.</translation>
    </message>
    <message>
        <source>Apology drafted in the customer&apos;s language: edit it before sending.</source>
        <translation>Przeprosiny przygotowane w języku klienta: popraw je przed wysłaniem.</translation>
    </message>
    <message>
        <source>Correction not saved</source>
        <translation>Nie zapisano poprawki</translation>
    </message>
    <message>
        <source>The correction could not be saved in the local cache: %1</source>
        <translation>Nie udało się zapisać poprawki w lokalnej pamięci podręcznej: %1</translation>
    </message>
    <message>
        <source>Mood corrected. Thank you: corrections help the engine improve.</source>
        <translation>Nastrój poprawiony. Dziękujemy: poprawki pomagają ulepszać silnik.</translation>
    </message>
    <message>
        <source>Tone not saved</source>
        <translation>Nie zapisano tonu</translation>
    </message>
    <message>
        <source>The customer&apos;s tone could not be saved in the local cache: %1</source>
        <translation>Nie udało się zapisać tonu klienta w lokalnej pamięci podręcznej: %1</translation>
    </message>
    <message>
        <source>It could not be saved in the local cache: %1</source>
        <translation>Nie udało się tego zapisać w lokalnej pamięci podręcznej: %1</translation>
    </message>
    <message>
        <source>Compensation not saved</source>
        <translation>Nie zapisano rekompensaty</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Nie zapisano notatki</translation>
    </message>
    <message>
        <source>Approve the compensation</source>
        <translation>Zatwierdź rekompensatę</translation>
    </message>
    <message>
        <source>Deny the compensation</source>
        <translation>Odrzuć rekompensatę</translation>
    </message>
    <message>
        <source>Note for the agent (optional):</source>
        <translation>Notatka dla konsultanta (opcjonalna):</translation>
    </message>
    <message>
        <source>Why not (the agent sees it):</source>
        <translation>Dlaczego nie (konsultant to zobaczy):</translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation>Nie zapisano decyzji</translation>
    </message>
    <message>
        <source>Reverse the compensation</source>
        <translation>Cofnij rekompensatę</translation>
    </message>
    <message>
        <source>Why it is taken back (kept for the audit):</source>
        <translation>Dlaczego jest cofana (zachowywane do audytu):</translation>
    </message>
    <message>
        <source>Reversal not saved</source>
        <translation>Nie zapisano cofnięcia</translation>
    </message>
    <message>
        <source>The template “%1” has errors: %2</source>
        <translation>Szablon „%1” zawiera błędy: %2</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nie rozwiązano</translation>
    </message>
    <message>
        <source>Resolved. The customer is asked how satisfied they are.</source>
        <translation>Rozwiązano. Klient zostanie zapytany o zadowolenie.</translation>
    </message>
    <message>
        <source>Export a training pack</source>
        <translation>Eksport pakietu szkoleniowego</translation>
    </message>
    <message>
        <source>Which conversations go into the pack? Names, e-mail addresses, phone numbers, order and card numbers and addresses are replaced; the pack lists what was replaced.</source>
        <translation>Które rozmowy trafią do pakietu? Imiona i nazwiska, adresy e-mail, numery telefonów, numery zamówień i kart oraz adresy zostaną zastąpione; pakiet wymienia, co zastąpiono.</translation>
    </message>
    <message>
        <source>The open conversation</source>
        <translation>Otwarta rozmowa</translation>
    </message>
    <message numerus="yes">
        <source>The %n conversation(s) the inbox shows</source>
        <translation>
            <numerusform>%n rozmowa widoczna w skrzynce</numerusform>
            <numerusform>%n rozmowy widoczne w skrzynce</numerusform>
            <numerusform>%n rozmów widocznych w skrzynce</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the training pack</source>
        <translation>Zapisz pakiet szkoleniowy</translation>
    </message>
    <message>
        <source>Training packs (*.empathypack)</source>
        <translation>Pakiety szkoleniowe (*.empathypack)</translation>
    </message>
    <message>
        <source>The training pack was not written</source>
        <translation>Nie zapisano pakietu szkoleniowego</translation>
    </message>
    <message>
        <source>Exported from Empathy Desk</source>
        <translation>Wyeksportowano z Empathy Desk</translation>
    </message>
    <message numerus="yes">
        <source>Training pack written to %1: %n conversation(s), %2 personal values replaced</source>
        <translation>
            <numerusform>Pakiet szkoleniowy zapisany do %1: %n rozmowa, zastąpiono %2 danych osobowych</numerusform>
            <numerusform>Pakiet szkoleniowy zapisany do %1: %n rozmowy, zastąpiono %2 danych osobowych</numerusform>
            <numerusform>Pakiet szkoleniowy zapisany do %1: %n rozmów, zastąpiono %2 danych osobowych</numerusform>
        </translation>
    </message>
    <message>
        <source>Compensations waiting for a team lead</source>
        <translation>Rekompensaty czekające na kierownika zespołu</translation>
    </message>
    <message>
        <source>Waiting for a lead: %1</source>
        <translation>Czeka na kierownika: %1</translation>
    </message>
    <message numerus="yes">
        <source>Supervisor view: %n open alert(s)</source>
        <translation>
            <numerusform>Widok kierownika: %n otwarty alert</numerusform>
            <numerusform>Widok kierownika: %n otwarte alerty</numerusform>
            <numerusform>Widok kierownika: %n otwartych alertów</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation>Widok kierownika</translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation>Rozmowy: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Czeka na wysłanie: %1</translation>
    </message>
    <message>
        <source>Replacing names and personal data…</source>
        <translation>Zastępowanie imion i danych osobowych…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Training pack export cancelled; nothing was written.</source>
        <translation>Eksport pakietu szkoleniowego anulowano; nic nie zapisano.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulowano</translation>
    </message>
</context>
<context>
    <name>empathy::ReplaySession</name>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
</context>
<context>
    <name>empathy::ReplayTimeline</name>
    <message>
        <source>Replay timeline</source>
        <translation>Oś czasu odtwarzania</translation>
    </message>
    <message>
        <source>The customer&apos;s mood over the conversation; click to move the replay there</source>
        <translation>Nastrój klienta w trakcie rozmowy; kliknij, aby przenieść tam odtwarzanie</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Wiadomość %1</translation>
    </message>
    <message>
        <source>The customer&apos;s mood turns here.</source>
        <translation>Tu zmienia się nastrój klienta.</translation>
    </message>
</context>
<context>
    <name>empathy::ReplayWindow</name>
    <message>
        <source>no personal data was found to replace</source>
        <translation>nie znaleziono danych osobowych do zastąpienia</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n imię</numerusform>
            <numerusform>%n imiona</numerusform>
            <numerusform>%n imion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n adres e-mail</numerusform>
            <numerusform>%n adresy e-mail</numerusform>
            <numerusform>%n adresów e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n numer telefonu</numerusform>
            <numerusform>%n numery telefonów</numerusform>
            <numerusform>%n numerów telefonów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card number(s)</source>
        <translation>
            <numerusform>%n numer karty</numerusform>
            <numerusform>%n numery kart</numerusform>
            <numerusform>%n numerów kart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order number(s)</source>
        <translation>
            <numerusform>%n numer zamówienia</numerusform>
            <numerusform>%n numery zamówień</numerusform>
            <numerusform>%n numerów zamówień</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n adres</numerusform>
            <numerusform>%n adresy</numerusform>
            <numerusform>%n adresów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n linki</numerusform>
            <numerusform>%n linków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other number(s)</source>
        <translation>
            <numerusform>%n inny numer</numerusform>
            <numerusform>%n inne numery</numerusform>
            <numerusform>%n innych numerów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other value(s)</source>
        <translation>
            <numerusform>%n inna wartość</numerusform>
            <numerusform>%n inne wartości</numerusform>
            <numerusform>%n innych wartości</numerusform>
        </translation>
    </message>
    <message>
        <source>replaced: %1</source>
        <translation>zastąpiono: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n wiadomość</numerusform>
            <numerusform>%1 · %n wiadomości</numerusform>
            <numerusform>%1 · %n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin a comment</source>
        <translation>Przypnij komentarz</translation>
    </message>
    <message>
        <source>Comment on message %1:</source>
        <translation>Komentarz do wiadomości %1:</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Odtwarzanie: %1</translation>
    </message>
    <message>
        <source>training pack</source>
        <translation>pakiet szkoleniowy</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Porównaj</translation>
    </message>
    <message>
        <source>Conversations of the pack</source>
        <translation>Rozmowy z pakietu</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Adnotacje</translation>
    </message>
    <message>
        <source>Pin a comment…</source>
        <translation>Przypnij komentarz…</translation>
    </message>
    <message>
        <source>Pins a comment to the last message shown; it is saved in the pack</source>
        <translation>Przypina komentarz do ostatniej pokazanej wiadomości; jest zapisywany w pakiecie</translation>
    </message>
    <message>
        <source>Practice result</source>
        <translation>Wynik ćwiczenia</translation>
    </message>
    <message>
        <source>Turn on Practice: the replay stops where the agent answered the customer, you write your reply, and it is compared with the agent&apos;s.</source>
        <translation>Włącz Ćwiczenie: odtwarzanie zatrzymuje się tam, gdzie konsultant odpowiedział klientowi, piszesz swoją odpowiedź i zostaje ona porównana z odpowiedzią konsultanta.</translation>
    </message>
    <message>
        <source>Empathy map</source>
        <translation>Mapa empatii</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n rozmowa</numerusform>
            <numerusform>%n rozmowy</numerusform>
            <numerusform>%n rozmów</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Odtwarzanie</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Odtwórz lub wstrzymaj (Spacja)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Krok wstecz</translation>
    </message>
    <message>
        <source>Hide the last message (Alt+Left)</source>
        <translation>Ukryj ostatnią wiadomość (Alt+W lewo)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Show the next message (Alt+Right)</source>
        <translation>Pokaż następną wiadomość (Alt+W prawo)</translation>
    </message>
    <message>
        <source>Previous turning point</source>
        <translation>Poprzedni punkt zwrotny</translation>
    </message>
    <message>
        <source>Jump back to where the customer&apos;s mood turned (Alt+Up)</source>
        <translation>Wróć do miejsca, gdzie zmienił się nastrój klienta (Alt+W górę)</translation>
    </message>
    <message>
        <source>Next turning point</source>
        <translation>Następny punkt zwrotny</translation>
    </message>
    <message>
        <source>Jump to where the customer&apos;s mood turns next (Alt+Down)</source>
        <translation>Przejdź do miejsca, gdzie nastrój klienta zmienia się następnym razem (Alt+W dół)</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Szybkość</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Szybkość odtwarzania</translation>
    </message>
    <message>
        <source>Stop where the agent answered, so you can answer first</source>
        <translation>Zatrzymaj tam, gdzie konsultant odpowiedział, abyś mógł odpowiedzieć pierwszy</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Odtwórz</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>Wiadomość %1 z %2</translation>
    </message>
    <message>
        <source>your turn to answer</source>
        <translation>Twoja kolej na odpowiedź</translation>
    </message>
    <message>
        <source>Message %1 — %2</source>
        <translation>Wiadomość %1 — %2</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>Nie zapisano komentarza</translation>
    </message>
    <message>
        <source>The comment could not be saved in the pack (%1). It stays here and is saved with the next one.</source>
        <translation>Nie udało się zapisać komentarza w pakiecie (%1). Zostaje tutaj i zostanie zapisany z następnym.</translation>
    </message>
    <message>
        <source>Your turn: answer the customer in the reply box, then press Compare to see the agent&apos;s reply.</source>
        <translation>Twoja kolej: odpowiedz klientowi w polu odpowiedzi, a potem naciśnij Porównaj, aby zobaczyć odpowiedź konsultanta.</translation>
    </message>
    <message>
        <source>Tone: passes %1 of %2 checks</source>
        <translation>Ton: spełnia %1 z %2 kryteriów</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Twoja odpowiedź</translation>
    </message>
    <message>
        <source>The agent&apos;s reply</source>
        <translation>Odpowiedź konsultanta</translation>
    </message>
</context>
<context>
    <name>empathy::ReplyBox</name>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Sends the reply to the customer (Ctrl+Enter)</source>
        <translation>Wysyła odpowiedź do klienta (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>Przeproś</translation>
    </message>
    <message>
        <source>Drafts a personal apology in the customer&apos;s language and tone, naming their problem; edit it before sending (Ctrl+Shift+A)</source>
        <translation>Przygotowuje osobiste przeprosiny w języku i tonie klienta, nazywając jego problem; popraw je przed wysłaniem (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Rozwiąż</translation>
    </message>
    <message>
        <source>Mark the conversation resolved; the customer is asked how satisfied they are</source>
        <translation>Oznacz rozmowę jako rozwiązaną; klient zostanie zapytany o zadowolenie</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>Insert a reply template filled in for this customer (Ctrl+T)</source>
        <translation>Wstaw szablon odpowiedzi wypełniony dla tego klienta (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter wysyła</translation>
    </message>
    <message>
        <source>Tone coach</source>
        <translation>Doradca tonu</translation>
    </message>
    <message>
        <source>Suggestions about the tone of the reply being written</source>
        <translation>Sugestie dotyczące tonu pisanej odpowiedzi</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Napisz odpowiedź…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>The reply to the customer; Ctrl+Enter sends it, Tab moves on</source>
        <translation>Odpowiedź do klienta; Ctrl+Enter wysyła, Tab przechodzi dalej</translation>
    </message>
    <message>
        <source>“%1” sounds like a stock phrase: say it in your own words.</source>
        <translation>„%1” brzmi jak wyświechtany zwrot: powiedz to własnymi słowami.</translation>
    </message>
    <message>
        <source>Address %1 by name.</source>
        <translation>Zwróć się do: %1 po imieniu.</translation>
    </message>
    <message>
        <source>The customer prefers a formal tone; “%1” sounds casual.</source>
        <translation>Klient woli ton formalny; „%1” brzmi zbyt swobodnie.</translation>
    </message>
    <message>
        <source>The customer prefers a warm tone; “%1” sounds stiff.</source>
        <translation>Klient woli ton ciepły; „%1” brzmi sztywno.</translation>
    </message>
    <message>
        <source>The customer is upset: acknowledge it and apologise.</source>
        <translation>Klient jest zdenerwowany: okaż zrozumienie i przeproś.</translation>
    </message>
    <message>
        <source>The customer writes in %1, but this reply looks like %2.</source>
        <translation>Klient pisze w języku: %1, a ta odpowiedź wygląda na: %2.</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Edytuj szablony…</translation>
    </message>
</context>
<context>
    <name>empathy::SentimentChart</name>
    <message>
        <source>Customer&apos;s sentiment over time</source>
        <translation>Nastrój klienta w czasie</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Nastrój</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Turning points</source>
        <translation>Punkty zwrotne</translation>
    </message>
    <message>
        <source>negative … positive</source>
        <translation>negatywny … pozytywny</translation>
    </message>
</context>
<context>
    <name>empathy::SettingsDialog</name>
    <message>
        <source>The server address must look like wss://desk.example.com:8443 (or ws:// on a trusted network).</source>
        <translation>Adres serwera musi mieć postać wss://desk.example.com:8443 (lub ws:// w zaufanej sieci).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Język i wygląd</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Jak w systemie (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>The language of Empathy Desk; it changes at once</source>
        <translation>Język Empathy Desk; zmienia się od razu</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Motyw:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Motyw</translation>
    </message>
    <message>
        <source>Colours of the whole application; high contrast is white on black</source>
        <translation>Kolory całej aplikacji; wysoki kontrast to biały na czarnym</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Rozmiar tekstu:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>text size as a percentage of the system&apos;s</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <source>The size of all text, relative to the system&apos;s font size</source>
        <translation>Rozmiar całego tekstu względem rozmiaru czcionki systemu</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>&amp;Flash the taskbar when one of my customers writes</source>
        <translation>&amp;Migaj paskiem zadań, gdy pisze jeden z moich klientów</translation>
    </message>
    <message>
        <source>Show a desktop &amp;message for every new alert (team leads)</source>
        <translation>Pokazuj &amp;komunikat na pulpicie przy każdym nowym alercie (kierownicy zespołów)</translation>
    </message>
    <message>
        <source>Play a s&amp;ound with alerts (team leads)</source>
        <translation>Odtwarzaj &amp;dźwięk przy alertach (kierownicy zespołów)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adres serwera:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <source>Where Empathy Desk logs in when it is started without a server</source>
        <translation>Gdzie Empathy Desk loguje się, gdy zostanie uruchomiony bez serwera</translation>
    </message>
    <message>
        <source>The demo runs its own server on this computer; this address is used when Empathy Desk is started without --demo.</source>
        <translation>Demo uruchamia własny serwer na tym komputerze; ten adres jest używany, gdy Empathy Desk zostanie uruchomiony bez --demo.</translation>
    </message>
    <message>
        <source>Changing it asks for the log-in to the new server.</source>
        <translation>Zmiana adresu wymaga zalogowania się do nowego serwera.</translation>
    </message>
    <message>
        <source>Tone coach</source>
        <translation>Doradca tonu</translation>
    </message>
    <message>
        <source>Point out stock phrases and clichés</source>
        <translation>Wskazuj wyświechtane zwroty i frazesy</translation>
    </message>
    <message>
        <source>Remind me to address the customer by name</source>
        <translation>Przypominaj, by zwracać się do klienta po imieniu</translation>
    </message>
    <message>
        <source>Check the reply matches the customer&apos;s formal or warm tone</source>
        <translation>Sprawdzaj, czy odpowiedź pasuje do formalnego lub ciepłego tonu klienta</translation>
    </message>
    <message>
        <source>Ask for an apology when the customer is upset</source>
        <translation>Proś o przeprosiny, gdy klient jest zdenerwowany</translation>
    </message>
    <message>
        <source>Warn when the reply is not in the customer&apos;s language</source>
        <translation>Ostrzegaj, gdy odpowiedź nie jest w języku klienta</translation>
    </message>
</context>
<context>
    <name>empathy::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Co robią</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Szukaj w skrzynce</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Przejdź do skrzynki</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>W górę, W dół, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Move through the inbox</source>
        <translation>Poruszaj się po skrzynce</translation>
    </message>
    <message>
        <source>Open the conversation and write a reply</source>
        <translation>Otwórz rozmowę i napisz odpowiedź</translation>
    </message>
    <message>
        <source>Go to the conversation&apos;s messages</source>
        <translation>Przejdź do wiadomości rozmowy</translation>
    </message>
    <message>
        <source>Go to the reply box</source>
        <translation>Przejdź do pola odpowiedzi</translation>
    </message>
    <message>
        <source>Go to the customer&apos;s history</source>
        <translation>Przejdź do historii klienta</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Wyślij odpowiedź</translation>
    </message>
    <message>
        <source>Draft an apology</source>
        <translation>Przygotuj przeprosiny</translation>
    </message>
    <message>
        <source>Insert a reply template</source>
        <translation>Wstaw szablon odpowiedzi</translation>
    </message>
    <message>
        <source>Correct the mood of the customer&apos;s latest message</source>
        <translation>Popraw nastrój ostatniej wiadomości klienta</translation>
    </message>
    <message>
        <source>Compensate the customer</source>
        <translation>Przyznaj klientowi rekompensatę</translation>
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation>Rozwiąż rozmowę</translation>
    </message>
    <message>
        <source>Supervisor view (team leads)</source>
        <translation>Widok kierownika (kierownicy zespołów)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Ta lista</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Przejdź do następnej lub poprzedniej kontrolki</translation>
    </message>
    <message>
        <source>Leave the search for the inbox</source>
        <translation>Wyjdź z wyszukiwania do skrzynki</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Klawisz menu, Shift+F10</translation>
    </message>
    <message>
        <source>Actions on the selected item (timeline, empathy map)</source>
        <translation>Czynności dla wybranego elementu (oś czasu, mapa empatii)</translation>
    </message>
</context>
<context>
    <name>empathy::SupervisorWindow</name>
    <message>
        <source>Supervisor view</source>
        <translation>Widok kierownika</translation>
    </message>
    <message>
        <source>Live wall</source>
        <translation>Bieżąca tablica</translation>
    </message>
    <message>
        <source>Team figures</source>
        <translation>Wskaźniki zespołu</translation>
    </message>
    <message>
        <source>Empathy Desk supervisor</source>
        <translation>Empathy Desk — kierownik</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Widok:</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Zapisz widok…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Usuń widok</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Każdy konsultant</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Nikt nie przypisany</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Wszystkie języki</translation>
    </message>
    <message>
        <source>&amp;Unhappy</source>
        <translation>&amp;Niezadowoleni</translation>
    </message>
    <message>
        <source>Only customers whose mood is negative</source>
        <translation>Tylko klienci w negatywnym nastroju</translation>
    </message>
    <message>
        <source>With &amp;alerts</source>
        <translation>Z &amp;alertami</translation>
    </message>
    <message>
        <source>&amp;Promise at risk</source>
        <translation>&amp;Zagrożona obietnica</translation>
    </message>
    <message>
        <source>Only conversations whose first answer or resolution is due soon or overdue</source>
        <translation>Tylko rozmowy, których pierwsza odpowiedź lub rozwiązanie mija wkrótce lub już minęło</translation>
    </message>
    <message>
        <source>Customer or agent…</source>
        <translation>Klient lub konsultant…</translation>
    </message>
    <message>
        <source>Find a customer or an agent on the wall</source>
        <translation>Znajdź klienta lub konsultanta na tablicy</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Potwierdź</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>P&amp;rzejmij</translation>
    </message>
    <message>
        <source>Give the conversation to yourself</source>
        <translation>Przypisz rozmowę sobie</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>Prz&amp;ekaż…</translation>
    </message>
    <message>
        <source>Private &amp;note…</source>
        <translation>&amp;Notatka prywatna…</translation>
    </message>
    <message>
        <source>A note to the conversation&apos;s agent; the customer never sees it</source>
        <translation>Notatka dla konsultanta rozmowy; klient nigdy jej nie widzi</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;Otwórz rozmowę</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Zapisany widok</translation>
    </message>
    <message>
        <source>Unsaved view</source>
        <translation>Niezapisany widok</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Zapisz widok</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>Nazwa tego widoku:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerty</translation>
    </message>
    <message>
        <source>Alerts raised by the server, newest first</source>
        <translation>Alerty zgłoszone przez serwer, od najnowszych</translation>
    </message>
    <message>
        <source>Why the alert fired</source>
        <translation>Dlaczego alert się pojawił</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>Widok „%1” zapisany.</translation>
    </message>
    <message numerus="yes">
        <source>Alerts: %n open</source>
        <translation>
            <numerusform>Alerty: %n otwarty</numerusform>
            <numerusform>Alerty: %n otwarte</numerusform>
            <numerusform>Alerty: %n otwartych</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts: none open</source>
        <translation>Alerty: brak otwartych</translation>
    </message>
    <message>
        <source>Live wall: %1 of %2</source>
        <translation>Bieżąca tablica: %1 z %2</translation>
    </message>
    <message numerus="yes">
        <source>Supervisor view (%n open alert(s))</source>
        <translation>
            <numerusform>Widok kierownika (%n otwarty alert)</numerusform>
            <numerusform>Widok kierownika (%n otwarte alerty)</numerusform>
            <numerusform>Widok kierownika (%n otwartych alertów)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an alert to see why it fired.</source>
        <translation>Wybierz alert, aby zobaczyć, dlaczego się pojawił.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Notatka prywatna</translation>
    </message>
    <message>
        <source>A note to %1 in this conversation. The customer never sees it.</source>
        <translation>Notatka dla: %1 w tej rozmowie. Klient nigdy jej nie widzi.</translation>
    </message>
    <message>
        <source>whoever takes it</source>
        <translation>ktokolwiek ją przejmie</translation>
    </message>
    <message>
        <source>Private note sent to the conversation.</source>
        <translation>Notatka prywatna wysłana do rozmowy.</translation>
    </message>
    <message>
        <source>Alert not acknowledged</source>
        <translation>Alertu nie potwierdzono</translation>
    </message>
    <message>
        <source>Conversation not taken over</source>
        <translation>Rozmowy nie przejęto</translation>
    </message>
    <message>
        <source>It could not be saved in the local cache: %1</source>
        <translation>Nie udało się tego zapisać w lokalnej pamięci podręcznej: %1</translation>
    </message>
    <message>
        <source>Conversation not reassigned</source>
        <translation>Rozmowy nie przekazano</translation>
    </message>
    <message>
        <source>Private note not saved</source>
        <translation>Notatki prywatnej nie zapisano</translation>
    </message>
</context>
<context>
    <name>empathy::SyncStatusLabel</name>
    <message>
        <source>Connection</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source> — waiting to be sent: %1</source>
        <translation> — czeka na wysłanie: %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>⟳ Syncing %1%</source>
        <translation>⟳ Synchronizacja %1%</translation>
    </message>
    <message>
        <source>⟳ Connecting…</source>
        <translation>⟳ Łączenie…</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>⚠ Log-in refused: %1</source>
        <translation>⚠ Odmowa logowania: %1</translation>
    </message>
</context>
<context>
    <name>empathy::TeamFiguresView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Compensation &amp;budget for 30 days:</source>
        <translation>&amp;Budżet rekompensat na 30 dni:</translation>
    </message>
    <message>
        <source>e.g. 500.00 EUR</source>
        <translation>np. 500,00 EUR</translation>
    </message>
    <message>
        <source>Compensation budget for 30 days</source>
        <translation>Budżet rekompensat na 30 dni</translation>
    </message>
    <message>
        <source>Conversations opened:</source>
        <translation>Otwarte rozmowy:</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Pierwsza odpowiedź:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Rozwiązanie:</translation>
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
        <translation>Odzyskane z negatywnego na pozytywny:</translation>
    </message>
    <message>
        <source>Compensation granted:</source>
        <translation>Przyznane rekompensaty:</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Alerty:</translation>
    </message>
    <message>
        <source>Median first response per day (minutes)</source>
        <translation>Mediana pierwszej odpowiedzi na dzień (minuty)</translation>
    </message>
    <message>
        <source>Alerts per day</source>
        <translation>Alerty na dzień</translation>
    </message>
    <message>
        <source>median %1; 9 in 10 within %2</source>
        <translation>mediana %1; 9 na 10 w ciągu %2</translation>
    </message>
    <message numerus="yes">
        <source>median %1 over %n resolved</source>
        <translation>
            <numerusform>mediana %1 dla %n rozwiązanej</numerusform>
            <numerusform>mediana %1 dla %n rozwiązanych</numerusform>
            <numerusform>mediana %1 dla %n rozwiązanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 satisfied (%n answer(s))</source>
        <translation>
            <numerusform>%1 zadowolonych (%n odpowiedź)</numerusform>
            <numerusform>%1 zadowolonych (%n odpowiedzi)</numerusform>
            <numerusform>%1 zadowolonych (%n odpowiedzi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n answer(s))</source>
        <translation>
            <numerusform>%1 (%n odpowiedź)</numerusform>
            <numerusform>%1 (%n odpowiedzi)</numerusform>
            <numerusform>%1 (%n odpowiedzi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s) with an unhappy customer</source>
        <translation>
            <numerusform>%1 z %n rozmowy z niezadowolonym klientem</numerusform>
            <numerusform>%1 z %n rozmów z niezadowolonym klientem</numerusform>
            <numerusform>%1 z %n rozmów z niezadowolonym klientem</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source> — %1 of the budget of %2 for this period</source>
        <translation> — %1 budżetu %2 na ten okres</translation>
    </message>
    <message numerus="yes">
        <source>%n raised, %1 handled, median time to handle %2</source>
        <translation>
            <numerusform>%n zgłoszony, %1 obsłużonych, mediana czasu obsługi %2</numerusform>
            <numerusform>%n zgłoszone, %1 obsłużonych, mediana czasu obsługi %2</numerusform>
            <numerusform>%n zgłoszonych, %1 obsłużonych, mediana czasu obsługi %2</numerusform>
        </translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Pierwsza odpowiedź</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Zgłoszone</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Obsłużone</translation>
    </message>
</context>
<context>
    <name>empathy::TemplateEditorDialog</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Wiersz %1, kolumna %2: %3</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Szablony odpowiedzi</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Hi {{customer.first_name}}, … {{#if order.id}}order #{{order.id}}{{/if}}</source>
        <translation>Dzień dobry {{customer.first_name}}, … {{#if order.id}}zamówienie nr {{order.id}}{{/if}}</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Symbole zastępcze: %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Treść</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Usuń szablon</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Usunąć „%1”?</translation>
    </message>
    <message>
        <source>Used by Apologise for customers who prefer a formal tone (and when the tone is not noted).</source>
        <translation>Używany przez Przeproś dla klientów, którzy wolą ton formalny (i gdy ton nie jest odnotowany).</translation>
    </message>
    <message>
        <source>Used by Apologise for customers who prefer a warm tone.</source>
        <translation>Używany przez Przeproś dla klientów, którzy wolą ton ciepły.</translation>
    </message>
    <message>
        <source>Put into the reply after a compensation is asked for.</source>
        <translation>Wstawiany do odpowiedzi po wniosku o rekompensatę.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Szablon potrzebuje nazwy.</translation>
    </message>
    <message>
        <source>A template needs a text.</source>
        <translation>Szablon potrzebuje treści.</translation>
    </message>
</context>
<context>
    <name>empathy::WallModel</name>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Konsultant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Nastrój</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Czeka</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Obietnica</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerty</translation>
    </message>
</context>
<context>
    <name>empathy::WallView</name>
    <message>
        <source>Live wall of open conversations</source>
        <translation>Bieżąca tablica otwartych rozmów</translation>
    </message>
    <message>
        <source>Every open conversation of the team with its agent, mood, waiting time and promise. Enter opens the conversation.</source>
        <translation>Każda otwarta rozmowa zespołu z konsultantem, nastrojem, czasem oczekiwania i obietnicą. Enter otwiera rozmowę.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>jeszcze nikt</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>jeszcze nie oceniono</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n open</source>
        <translation>
            <numerusform>⚠ %n otwarty</numerusform>
            <numerusform>⚠ %n otwarte</numerusform>
            <numerusform>⚠ %n otwartych</numerusform>
        </translation>
    </message>
</context>
</TS>
