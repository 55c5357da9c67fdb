<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AlertText</name>
    <message>
        <source>Unusual for this customer</source>
        <translation>Neobișnuit pentru acest client</translation>
    </message>
    <message>
        <source>Strong anger</source>
        <translation>Furie puternică</translation>
    </message>
    <message>
        <source>Wants to leave</source>
        <translation>Vrea să plece</translation>
    </message>
    <message>
        <source>First answer due soon</source>
        <translation>Primul răspuns e scadent curând</translation>
    </message>
    <message>
        <source>First answer overdue</source>
        <translation>Primul răspuns a depășit termenul</translation>
    </message>
    <message>
        <source>Resolution due soon</source>
        <translation>Rezolvarea e scadentă curând</translation>
    </message>
    <message>
        <source>Resolution overdue</source>
        <translation>Rezolvarea a depășit termenul</translation>
    </message>
    <message>
        <source>Back again within days</source>
        <translation>Revine după câteva zile</translation>
    </message>
    <message>
        <source>Handed over by the assistant</source>
        <translation>Predat de asistent</translation>
    </message>
    <message>
        <source>open</source>
        <translation>deschisă</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>confirmată</translation>
    </message>
    <message>
        <source>taken over</source>
        <translation>preluată</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>realocată</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>se trimite…</translation>
    </message>
    <message>
        <source>nobody assigned</source>
        <translation>nimeni alocat</translation>
    </message>
    <message>
        <source>The customer wrote: “%1”</source>
        <translation>Clientul a scris: „%1”</translation>
    </message>
    <message>
        <source>Strongest feeling: %1, at %2.</source>
        <translation>Cel mai puternic sentiment: %1, cu intensitatea %2.</translation>
    </message>
    <message>
        <source>Mood of the message: %1 (from −1 to +1).</source>
        <translation>Starea mesajului: %1 (de la −1 la +1).</translation>
    </message>
    <message>
        <source>This customer’s normal range: %1 ± %2</source>
        <translation>Intervalul obișnuit al acestui client: %1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, mostly from all customers: %n message(s) of their own.</source>
        <translation>
            <numerusform>%1, mai ales din toți clienții: %n mesaj propriu.</numerusform>
            <numerusform>%1, mai ales din toți clienții: %n mesaje proprii.</numerusform>
            <numerusform>%1, mai ales din toți clienții: %n de mesaje proprii.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, from %n of their own messages.</source>
        <translation>
            <numerusform>%1, din %n mesaj propriu.</numerusform>
            <numerusform>%1, din %n mesaje proprii.</numerusform>
            <numerusform>%1, din %n de mesaje proprii.</numerusform>
        </translation>
    </message>
    <message>
        <source>The promise was %1; it is %2 overdue.</source>
        <translation>Promisiunea era pentru %1; termenul e depășit cu %2.</translation>
    </message>
    <message>
        <source>The promise is %1, in %2.</source>
        <translation>Promisiunea este pentru %1, peste %2.</translation>
    </message>
    <message>
        <source>The customer had another conversation in the days before this one.</source>
        <translation>Clientul a avut o altă conversație în zilele dinaintea acesteia.</translation>
    </message>
    <message>
        <source>The automated assistant answered and the customer still needs a person.</source>
        <translation>Asistentul automat a răspuns, iar clientul are încă nevoie de un om.</translation>
    </message>
    <message>
        <source>Given to %1 by %2, %3.</source>
        <translation>Dată lui %1 de %2, %3.</translation>
    </message>
    <message>
        <source>Taken over by %1, %2.</source>
        <translation>Preluată de %1, %2.</translation>
    </message>
    <message>
        <source>Acknowledged by %1, %2.</source>
        <translation>Confirmată de %1, %2.</translation>
    </message>
    <message>
        <source>The server refused the last action: %1</source>
        <translation>Serverul a refuzat ultima acțiune: %1</translation>
    </message>
</context>
<context>
    <name>BadgeTooltip</name>
    <message>
        <source>Not scored yet</source>
        <translation>Încă neevaluat</translation>
    </message>
    <message>
        <source>corrected by an agent</source>
        <translation>corectat de un agent</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>Încredere: %1</translation>
    </message>
    <message>
        <source>Intensity: %1</source>
        <translation>Intensitate: %1</translation>
    </message>
    <message>
        <source>Risk of losing the customer: %1</source>
        <translation>Risc de a pierde clientul: %1</translation>
    </message>
    <message>
        <source>Emotions: %1</source>
        <translation>Emoții: %1</translation>
    </message>
    <message>
        <source>“%1” (negated)</source>
        <comment>a word the engine read as negated</comment>
        <translation>„%1” (negat)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>De ce: %1</translation>
    </message>
    <message>
        <source>Click the badge to correct it.</source>
        <translation>Faceți clic pe insignă pentru a o corecta.</translation>
    </message>
</context>
<context>
    <name>CacheFile</name>
    <message>
        <source>The cache %1 cannot be read (%2) and could not be moved aside.</source>
        <translation>Memoria cache %1 nu poate fi citită (%2) și nu a putut fi mutată deoparte.</translation>
    </message>
    <message>
        <source>The cache %1 could not be read (%2). It was moved to %3 and a fresh cache was created; data will be fetched again.</source>
        <translation>Memoria cache %1 nu a putut fi citită (%2). A fost mutată în %3 și s-a creat una nouă; datele vor fi aduse din nou.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation>Memoria cache %1 nu poate fi deschisă: %2</translation>
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
        <translation>Chat pe site</translation>
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
        <translation>Apel telefonic</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Empathy Desk: the customer-service workstation that knows how your customers feel.</source>
        <translation>Empathy Desk: stația de lucru pentru relații cu clienții care știe ce simt clienții dumneavoastră.</translation>
    </message>
    <message>
        <source>Profile to open (default: demo).</source>
        <translation>Profilul de deschis (implicit: demo).</translation>
    </message>
    <message>
        <source>Keep profiles in this directory instead of the user&apos;s data directory.</source>
        <translation>Păstrează profilurile în acest director în locul directorului de date al utilizatorului.</translation>
    </message>
    <message>
        <source>Start a local demo server with simulated customers and open the demo profile synced with it.</source>
        <translation>Pornește un server demo local cu clienți simulați și deschide profilul demo sincronizat cu el.</translation>
    </message>
    <message>
        <source>Conversations the demo server starts with (default 500).</source>
        <translation>Conversațiile cu care pornește serverul demo (implicit 500).</translation>
    </message>
    <message>
        <source>Simulated customer messages a second on the demo server (default 0.5).</source>
        <translation>Mesaje simulate ale clienților pe secundă pe serverul demo (implicit 0,5).</translation>
    </message>
    <message>
        <source>Fill the (empty) profile with N generated conversations and exit.</source>
        <translation>Umple profilul (gol) cu N conversații generate și iese.</translation>
    </message>
    <message>
        <source>Seed for generated data (default 1).</source>
        <translation>Sămânța pentru datele generate (implicit 1).</translation>
    </message>
    <message>
        <source>Average messages per generated conversation (default 10).</source>
        <translation>Numărul mediu de mesaje dintr-o conversație generată (implicit 10).</translation>
    </message>
    <message>
        <source>Generated history ends at this UTC time (ISO 8601) instead of now, so that a seed gives the same timestamps too.</source>
        <translation>Istoricul generat se termină la această oră UTC (ISO 8601) în loc de acum, ca aceeași sămânță să dea și aceleași momente.</translation>
    </message>
    <message>
        <source>Render the main window once its data has loaded, save it as a PNG and exit.</source>
        <translation>Randează fereastra principală după încărcarea datelor, o salvează ca PNG și iese.</translation>
    </message>
    <message>
        <source>Open the inbox showing only conversations in this language (en, pl, ro, ru, fa).</source>
        <translation>Deschide căsuța arătând doar conversațiile în această limbă (en, pl, ro, ru, fa).</translation>
    </message>
    <message>
        <source>Show Empathy Desk in this language for this run (en, pl, ro, ru, fa); the settings decide otherwise.</source>
        <translation>Afișează Empathy Desk în această limbă pentru această rulare (en, pl, ro, ru, fa); altfel decid setările.</translation>
    </message>
    <message>
        <source>Open the inbox with this search (a customer&apos;s name, words of a message); with --screenshot, the first conversation found is shown.</source>
        <translation>Deschide căsuța cu această căutare (numele unui client, cuvinte dintr-un mesaj); cu --screenshot se arată prima conversație găsită.</translation>
    </message>
    <message>
        <source>Show the customer&apos;s empathy map instead of the timeline at the start.</source>
        <translation>La pornire arată harta empatiei clientului în locul cronologiei.</translation>
    </message>
    <message>
        <source>With --demo, log in as this member of the demo team: alex (agent, the default), julia (team lead), mark (trainer), ... Each has a profile of their own.</source>
        <translation>Cu --demo, autentificare ca acest membru al echipei demo: alex (agent, implicit), julia (șefă de echipă), mark (formator), ... Fiecare are propriul profil.</translation>
    </message>
    <message>
        <source>Open the supervisor view at the start (team leads and admins).</source>
        <translation>Deschide vizualizarea de supervizor la pornire (șefi de echipă și administratori).</translation>
    </message>
    <message>
        <source>Open the supervisor view on the team&apos;s figures.</source>
        <translation>Deschide vizualizarea de supervizor pe cifrele echipei.</translation>
    </message>
    <message>
        <source>Connect to this Empathy Desk server (ws://host:port); asks for the log-in.</source>
        <translation>Conectare la acest server Empathy Desk (ws://gazdă:port); cere autentificarea.</translation>
    </message>
    <message>
        <source>Trust the certificate(s) in this PEM file for wss:// (a company CA).</source>
        <translation>Are încredere în certificatele din acest fișier PEM pentru wss:// (o autoritate a firmei).</translation>
    </message>
    <message>
        <source>Replay the conversations of a training pack (no server needed).</source>
        <translation>Redă conversațiile unui pachet de instruire (fără server).</translation>
    </message>
    <message>
        <source>With --replay and --screenshot: the pack&apos;s conversation to show (from 1).</source>
        <translation>Cu --replay și --screenshot: conversația din pachet de afișat (de la 1).</translation>
    </message>
    <message>
        <source>Turn a corpus of customer-care threads (JSON lines) into a training pack, personal data replaced, and exit.</source>
        <translation>Transformă un corpus de conversații cu clienți (linii JSON) într-un pachet de instruire, cu datele personale înlocuite, și iese.</translation>
    </message>
    <message>
        <source>Where --import-conversations writes the pack (default: the corpus&apos;s name with .empathypack, in the current directory).</source>
        <translation>Unde scrie --import-conversations pachetul (implicit: numele corpusului cu .empathypack, în directorul curent).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument neașteptat: %1</translation>
    </message>
    <message>
        <source>A profile name uses letters, digits, &apos;-&apos; and &apos;_&apos; only: %1</source>
        <translation>Un nume de profil folosește doar litere, cifre, &apos;-&apos; și &apos;_&apos;: %1</translation>
    </message>
    <message>
        <source>--language takes en, pl, ro, ru or fa, not %1</source>
        <translation>--language acceptă en, pl, ro, ru sau fa, nu %1</translation>
    </message>
    <message>
        <source>--as takes the login of a demo team member and goes with --demo</source>
        <translation>--as primește numele de utilizator al unui membru al echipei demo și merge cu --demo</translation>
    </message>
    <message>
        <source>--language-filter takes en, pl, ro, ru or fa, not %1</source>
        <translation>--language-filter acceptă en, pl, ro, ru sau fa, nu %1</translation>
    </message>
    <message>
        <source>--replay works without a server: leave out --server</source>
        <translation>--replay funcționează fără server: renunțați la --server</translation>
    </message>
    <message>
        <source>--demo-now takes a time like 2026-03-16T10:30:00Z</source>
        <translation>--demo-now primește o oră de forma 2026-03-16T10:30:00Z</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3</source>
        <translation>--%1 primește un număr întreg de la %2 la %3</translation>
    </message>
    <message>
        <source>--demo-rate takes a number of messages a second above 0</source>
        <translation>--demo-rate primește un număr de mesaje pe secundă mai mare ca 0</translation>
    </message>
</context>
<context>
    <name>CompensationText</name>
    <message>
        <source>Discount</source>
        <translation>Reducere</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation>Livrare gratuită</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadou</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>Rambursare parțială</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>Rambursare integrală</translation>
    </message>
    <message>
        <source>not sent yet: waits for the connection</source>
        <translation>netrimisă încă: așteaptă conexiunea</translation>
    </message>
    <message>
        <source>waiting for a team lead</source>
        <translation>așteaptă un șef de echipă</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>acordată</translation>
    </message>
    <message>
        <source>denied by a team lead</source>
        <translation>refuzată de un șef de echipă</translation>
    </message>
    <message>
        <source>reversed by a team lead</source>
        <translation>anulată de un șef de echipă</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>refuzată de server</translation>
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
        <translation>numărul de conversații demo trebuie să fie cel puțin 1</translation>
    </message>
    <message>
        <source>this profile already holds %1 conversations; generate into a new profile</source>
        <translation>acest profil conține deja %1 conversații; generați într-un profil nou</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>empathy-desk: cannot write the screenshot to %1</source>
        <translation>empathy-desk: captura de ecran nu poate fi scrisă în %1</translation>
    </message>
    <message>
        <source>screenshot written to %1 (%2x%3)</source>
        <translation>captură de ecran scrisă în %1 (%2x%3)</translation>
    </message>
    <message>
        <source>The demo profile held generated data; it now syncs with the demo server and starts afresh.</source>
        <translation>Profilul demo conținea date generate; acum se sincronizează cu serverul demo și pornește de la zero.</translation>
    </message>
    <message>
        <source>Empathy Desk cannot open the profile</source>
        <translation>Empathy Desk nu poate deschide profilul</translation>
    </message>
    <message>
        <source>empathy-desk: the emotion engine is not available: %1</source>
        <translation>empathy-desk: motorul de emoții nu este disponibil: %1</translation>
    </message>
    <message>
        <source>generated %1 of %2 conversations</source>
        <translation>generate %1 din %2 conversații</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2 conversations, %3 messages in %4 s (%5)</source>
        <translation>profilul „%1”: %2 conversații, %3 mesaje în %4 s (%5)</translation>
    </message>
    <message>
        <source>empathy-desk: cannot generate demo data: %1</source>
        <translation>empathy-desk: datele demo nu pot fi generate: %1</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>Se pornește serverul demo…</translation>
    </message>
    <message>
        <source>Empathy Desk</source>
        <translation>Empathy Desk</translation>
    </message>
    <message>
        <source>Demo server at %1</source>
        <translation>Server demo la %1</translation>
    </message>
    <message>
        <source>Web chat page for customers: %1</source>
        <translation>Pagina de chat pentru clienți: %1</translation>
    </message>
    <message>
        <source>empathy-desk: the supervisor view is for team leads; log in as one (with --demo: --as julia)</source>
        <translation>empathy-desk: vizualizarea de supervizor este pentru șefii de echipă; autentificați-vă ca unul dintre ei (cu --demo: --as julia)</translation>
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
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days, abbreviated</comment>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply overdue by %1</source>
        <translation>Răspuns întârziat cu %1</translation>
    </message>
    <message>
        <source>Resolution overdue by %1</source>
        <translation>Rezolvare întârziată cu %1</translation>
    </message>
    <message>
        <source>Reply in %1</source>
        <translation>Răspuns în %1</translation>
    </message>
    <message>
        <source>Resolve in %1</source>
        <translation>Rezolvare în %1</translation>
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 nu poate porni: %2</translation>
    </message>
    <message>
        <source>the demo server did not start (see %1)</source>
        <translation>serverul demo nu a pornit (vezi %1)</translation>
    </message>
</context>
<context>
    <name>InboxAccessibleText</name>
    <message>
        <source>mood positive</source>
        <translation>stare pozitivă</translation>
    </message>
    <message>
        <source>mood negative</source>
        <translation>stare negativă</translation>
    </message>
    <message>
        <source>mood neutral</source>
        <translation>stare neutră</translation>
    </message>
    <message>
        <source>%1, improving</source>
        <comment>a mood, then its trend</comment>
        <translation>%1, se îmbunătățește</translation>
    </message>
    <message>
        <source>%1, getting worse</source>
        <comment>a mood, then its trend</comment>
        <translation>%1, se înrăutățește</translation>
    </message>
    <message>
        <source>mood not known yet</source>
        <translation>starea nu e cunoscută încă</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n necitit</numerusform>
            <numerusform>%n necitite</numerusform>
            <numerusform>%n de necitite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n minute(s)</source>
        <translation>
            <numerusform>așteaptă de %n minut</numerusform>
            <numerusform>așteaptă de %n minute</numerusform>
            <numerusform>așteaptă de %n de minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n hour(s)</source>
        <translation>
            <numerusform>așteaptă de %n oră</numerusform>
            <numerusform>așteaptă de %n ore</numerusform>
            <numerusform>așteaptă de %n de ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>așteaptă de %n zi</numerusform>
            <numerusform>așteaptă de %n zile</numerusform>
            <numerusform>așteaptă de %n de zile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <source>English</source>
        <translation>engleză</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>poloneză</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>română</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>rusă</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>persană</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>altă limbă</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>&quot;{{&quot; is never closed with &quot;}}&quot;</source>
        <translation>„{{” nu este închis niciodată cu „}}”</translation>
    </message>
    <message>
        <source>only {{#if name}} blocks are known: %1</source>
        <translation>sunt cunoscute doar blocurile {{#if nume}}: %1</translation>
    </message>
    <message>
        <source>unknown placeholder &quot;%1&quot;</source>
        <translation>substituent necunoscut „%1”</translation>
    </message>
    <message>
        <source>{{else}} outside an {{#if}} block</source>
        <translation>{{else}} în afara unui bloc {{#if}}</translation>
    </message>
    <message>
        <source>unknown closing tag {{%1}}</source>
        <translation>etichetă de închidere necunoscută {{%1}}</translation>
    </message>
    <message>
        <source>{{/if}} without an {{#if}} before it</source>
        <translation>{{/if}} fără un {{#if}} înainte</translation>
    </message>
    <message>
        <source>{{#if %1}} is never closed with {{/if}}</source>
        <translation>{{#if %1}} nu este închis niciodată cu {{/if}}</translation>
    </message>
</context>
<context>
    <name>MoodLook</name>
    <message>
        <source>Positive</source>
        <translation>Pozitiv</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutru</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Furios</translation>
    </message>
    <message>
        <source>Disgusted</source>
        <translation>Dezgustat</translation>
    </message>
    <message>
        <source>Worried</source>
        <translation>Îngrijorat</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Bucuros</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>Trist</translation>
    </message>
    <message>
        <source>Surprised</source>
        <translation>Surprins</translation>
    </message>
    <message>
        <source>Grateful</source>
        <translation>Recunoscător</translation>
    </message>
    <message>
        <source>Frustrated</source>
        <translation>Frustrat</translation>
    </message>
    <message>
        <source>Disappointed</source>
        <translation>Dezamăgit</translation>
    </message>
    <message>
        <source>Confused</source>
        <translation>Confuz</translation>
    </message>
    <message>
        <source>Relieved</source>
        <translation>Ușurat</translation>
    </message>
    <message>
        <source>May leave</source>
        <translation>Poate pleca</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>se îmbunătățește</translation>
    </message>
    <message>
        <source>getting worse</source>
        <translation>se înrăutățește</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stabil</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>a template needs a name</source>
        <translation>un șablon are nevoie de un nume</translation>
    </message>
    <message>
        <source>another template is called &quot;%1&quot;</source>
        <translation>alt șablon se numește „%1”</translation>
    </message>
</context>
<context>
    <name>ThreadDocument</name>
    <message>
        <source> Private note: the customer does not see it</source>
        <translation> Notă privată: clientul nu o vede</translation>
    </message>
    <message>
        <source>automated assistant</source>
        <translation>asistent automat</translation>
    </message>
    <message>
        <source>⏳ Pending: not on the server yet</source>
        <translation>⏳ În așteptare: încă nu e pe server</translation>
    </message>
    <message>
        <source>⚠ Not delivered</source>
        <translation>⚠ Nelivrat</translation>
    </message>
    <message>
        <source>⚠ The customer wrote faster than the web chat allows. Their page gave back what they typed and asked them to wait a moment before sending it again.</source>
        <translation>⚠ Clientul a scris mai repede decât permite chatul de pe site. Pagina i-a dat înapoi ce a tastat și l-a rugat să aștepte puțin înainte de a trimite din nou.</translation>
    </message>
    <message>
        <source>Notice from the server: %1</source>
        <translation>Anunț de la server: %1</translation>
    </message>
</context>
<context>
    <name>TrainingLaunch</name>
    <message>
        <source>Empathy Desk cannot open the training pack</source>
        <translation>Empathy Desk nu poate deschide pachetul de instruire</translation>
    </message>
    <message>
        <source>%1 holds no conversation to import</source>
        <translation>%1 nu conține nicio conversație de importat</translation>
    </message>
    <message>
        <source>%1 conversations from %2 into %3; replaced: %4%5</source>
        <translation>%1 conversații din %2 în %3; înlocuite: %4%5</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nimic</translation>
    </message>
    <message>
        <source>; %1 problem(s) reported above</source>
        <translation>; probleme raportate mai sus: %1</translation>
    </message>
    <message>
        <source>Replay it with: empathy-desk --replay %1</source>
        <translation>Redați-l cu: empathy-desk --replay %1</translation>
    </message>
    <message>
        <source>%1 holds no conversations</source>
        <translation>%1 nu conține conversații</translation>
    </message>
    <message>
        <source>the emotion engine is not available: %1</source>
        <translation>motorul de emoții nu este disponibil: %1</translation>
    </message>
    <message>
        <source>cannot make the replay&apos;s scratch cache: %1</source>
        <translation>memoria cache de lucru a redării nu poate fi creată: %1</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formator</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>captura de ecran nu poate fi scrisă în %1</translation>
    </message>
    <message>
        <source>screenshot written to %1 (%2x%3)</source>
        <translation>captură de ecran scrisă în %1 (%2x%3)</translation>
    </message>
</context>
<context>
    <name>TrainingPackExport</name>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>Memoria cache nu a putut fi citită: %1</translation>
    </message>
    <message>
        <source>None of these conversations has messages in this desk.</source>
        <translation>Niciuna dintre aceste conversații nu are mesaje în acest birou.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>Empathy Desk is not translated into “%1”.</source>
        <translation>Empathy Desk nu este tradus în „%1”.</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this build.</source>
        <translation>Traducerea în %1 lipsește din această versiune.</translation>
    </message>
</context>
<context>
    <name>empathy::ApprovalQueueModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ce</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Cerut de</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Cerut la</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
</context>
<context>
    <name>empathy::ApprovalQueueView</name>
    <message>
        <source>Compensations waiting for a team lead</source>
        <translation>Compensații care așteaptă un șef de echipă</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Aprobă…</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Refuză…</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>Deschide conversația</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>necunoscut</translation>
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
        <translation>Compensați clientul</translation>
    </message>
    <message>
        <source>No particular order</source>
        <translation>Nicio comandă anume</translation>
    </message>
    <message>
        <source>Order #%1 · %2</source>
        <translation>Comanda nr. %1 · %2</translation>
    </message>
    <message>
        <source>Why: what went wrong for the customer (kept for the audit)</source>
        <translation>De ce: ce nu a mers bine pentru client (păstrat pentru audit)</translation>
    </message>
    <message>
        <source>The company&apos;s limits apply: over them, a team lead decides, and the customer&apos;s history shows it as waiting until then.</source>
        <translation>Se aplică limitele firmei: peste ele decide un șef de echipă, iar până atunci istoricul clientului o arată ca fiind în așteptare.</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Ce</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Comanda</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>&amp;Procent</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Sumă</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motiv</translation>
    </message>
    <message>
        <source>&amp;Give</source>
        <translation>&amp;Acordă</translation>
    </message>
    <message>
        <source>A refund is for one of the customer&apos;s orders: choose it.</source>
        <translation>O rambursare este pentru una dintre comenzile clientului: alegeți-o.</translation>
    </message>
    <message>
        <source>Give the currency as its three-letter code, such as EUR.</source>
        <translation>Indicați moneda prin codul ei de trei litere, de exemplu EUR.</translation>
    </message>
    <message>
        <source>Give an amount greater than zero, such as %1.</source>
        <translation>Indicați o sumă mai mare ca zero, de exemplu %1.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the compensation.</source>
        <translation>Spuneți de ce: motivul se păstrează împreună cu compensația.</translation>
    </message>
</context>
<context>
    <name>empathy::ConversationView</name>
    <message>
        <source>Select a conversation in the inbox to read it and reply.</source>
        <translation>Alegeți o conversație din căsuță pentru a o citi și a răspunde.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversație</translation>
    </message>
    <message>
        <source>The messages of the conversation with their mood badges; Tab moves between the badges, Enter corrects one</source>
        <translation>Mesajele conversației cu insignele de stare; Tab trece de la o insignă la alta, Enter o corectează</translation>
    </message>
    <message>
        <source>Correct the mood</source>
        <translation>Corectați starea</translation>
    </message>
    <message>
        <source>This message is really…</source>
        <translation>Acest mesaj este de fapt…</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Limba: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Alocată lui %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nealocată</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subiect: %1</translation>
    </message>
</context>
<context>
    <name>empathy::CustomerPanel</name>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
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
        <translation>Chat pe site</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>Istoricul clientului</translation>
    </message>
    <message>
        <source>Tone not noted yet</source>
        <translation>Tonul nu e notat încă</translation>
    </message>
    <message>
        <source>Prefers a formal tone</source>
        <translation>Preferă un ton formal</translation>
    </message>
    <message>
        <source>Prefers a warm tone</source>
        <translation>Preferă un ton cald</translation>
    </message>
    <message>
        <source>Preferred tone</source>
        <translation>Tonul preferat</translation>
    </message>
    <message>
        <source>How this customer likes to be addressed; the tone coach checks replies against it.</source>
        <translation>Cum îi place acestui client să i se vorbească; consilierul de ton verifică răspunsurile după asta.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesaje</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Comenzi</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>Sondaje</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>Scuze</translation>
    </message>
    <message>
        <source>Compensations</source>
        <translation>Compensații</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Shows or hides this kind of event in the timeline</source>
        <translation>Arată sau ascunde acest tip de evenimente în cronologie</translation>
    </message>
    <message>
        <source>Compensate…</source>
        <translation>Compensează…</translation>
    </message>
    <message>
        <source>Give the customer a discount, voucher, free shipping, gift or refund, within the company&apos;s limits (Ctrl+Shift+C)</source>
        <translation>Oferiți clientului o reducere, un voucher, livrare gratuită, un cadou sau o rambursare, în limitele firmei (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologie</translation>
    </message>
    <message>
        <source>Everything that happened with this customer, newest first; the context menu key offers actions</source>
        <translation>Tot ce s-a întâmplat cu acest client, cele mai noi întâi; tasta de meniu contextual oferă acțiuni</translation>
    </message>
    <message>
        <source>Empathy map</source>
        <translation>Harta empatiei</translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>Anunțați clientul</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Aprobă…</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>Refuză…</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>Anulează…</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Niciun client ales</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>preferă %1</translation>
    </message>
    <message>
        <source>Lifetime value: %1</source>
        <translation>Valoarea clientului: %1</translation>
    </message>
    <message>
        <source>no orders yet</source>
        <translation>încă nicio comandă</translation>
    </message>
    <message>
        <source>Conversations: %1 open of %2</source>
        <translation>Conversații: %1 deschise din %2</translation>
    </message>
    <message>
        <source>Reached out unasked: %1 in 7 days, %2 in 30 days</source>
        <translation>Contactat din proprie inițiativă: %1 în 7 zile, %2 în 30 de zile</translation>
    </message>
    <message>
        <source>the limit is %1: think twice before one more</source>
        <translation>limita este %1: gândiți-vă de două ori înainte de încă unul</translation>
    </message>
    <message>
        <source>Order #%1: %2 contacts in %3</source>
        <translation>Comanda nr. %1: %2 contacte în %3</translation>
    </message>
    <message>
        <source>Everything that happened with this customer: messages, orders, surveys, apologies, compensations and notes</source>
        <translation>Tot ce s-a întâmplat cu acest client: mesaje, comenzi, sondaje, scuze, compensații și note</translation>
    </message>
    <message>
        <source>What the customer says, thinks, does and feels, with suggestions from their messages</source>
        <translation>Ce spune, gândește, face și simte clientul, cu sugestii din mesajele lui</translation>
    </message>
</context>
<context>
    <name>empathy::EmpathyMapView</name>
    <message>
        <source>Accept</source>
        <translation>Acceptă</translation>
    </message>
    <message>
        <source>Edit and accept…</source>
        <translation>Editează și acceptă…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Respinge</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editează…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Elimină</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Adaugă la %1</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Etapa parcursului</translation>
    </message>
    <message>
        <source>Stage not noted</source>
        <translation>Etapă nenotată</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>Înainte de cumpărare</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Cumpărare</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livrare</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Asistență</translation>
    </message>
    <message>
        <source>After</source>
        <translation>După</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>Salvați harta ca imagine</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the map as a PDF document</source>
        <translation>Salvați harta ca document PDF</translation>
    </message>
    <message>
        <source>Notes and suggestions; Enter edits or accepts one, the context menu key offers more</source>
        <translation>Note și sugestii; Enter editează sau acceptă una, tasta de meniu contextual oferă mai multe</translation>
    </message>
    <message>
        <source>Add a note to %1</source>
        <translation>Adaugă o notă la %1</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>Spune</translation>
    </message>
    <message>
        <source>Thinks</source>
        <translation>Gândește</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Face</translation>
    </message>
    <message>
        <source>Feels</source>
        <translation>Simte</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>Nemulțumiri</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>Câștiguri</translation>
    </message>
    <message>
        <source>⚠ Written at the same time as another version: %1</source>
        <translation>⚠ Scris în același timp cu o altă versiune: %1</translation>
    </message>
    <message>
        <source>(not saved: %1)</source>
        <translation>(nesalvat: %1)</translation>
    </message>
    <message>
        <source>(saving…)</source>
        <translation>(se salvează…)</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>Sugestie: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>is unsure: “%1”</source>
        <translation>este nesigur: „%1”</translation>
    </message>
    <message>
        <source>threatened to leave or asked for a refund: “%1”</source>
        <translation>a amenințat că pleacă sau a cerut banii înapoi: „%1”</translation>
    </message>
    <message>
        <source>contacted us %1 times about order #%2 in %3 days</source>
        <translation>ne-a contactat de %1 ori despre comanda nr. %2 în %3 zile</translation>
    </message>
    <message>
        <source>order #%1 is still not sorted out</source>
        <translation>comanda nr. %1 tot nu este rezolvată</translation>
    </message>
    <message>
        <source>gave us %1 of 10 (NPS)</source>
        <translation>ne-a dat %1 din 10 (NPS)</translation>
    </message>
    <message>
        <source>rated us %1 of 5 (CSAT)</source>
        <translation>ne-a evaluat cu %1 din 5 (CSAT)</translation>
    </message>
    <message>
        <source>went wrong: “%1”</source>
        <translation>nu a mers bine: „%1”</translation>
    </message>
    <message>
        <source>glad of “%1”</source>
        <translation>bucuros de „%1”</translation>
    </message>
    <message>
        <source>would recommend us, %1 of 10 (NPS)</source>
        <translation>ne-ar recomanda, %1 din 10 (NPS)</translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation>Acceptați sugestia</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Editați nota</translation>
    </message>
    <message>
        <source>What the customer says, thinks, does or feels:</source>
        <translation>Ce spune, gândește, face sau simte clientul:</translation>
    </message>
    <message>
        <source>Empathy map</source>
        <translation>Harta empatiei</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Imagini PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documente PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the empathy map</source>
        <translation>Salvați harta empatiei</translation>
    </message>
    <message>
        <source>empathy-map</source>
        <translation>harta-empatiei</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nesalvat</translation>
    </message>
    <message>
        <source>The empathy map could not be written to %1.</source>
        <translation>Harta empatiei nu a putut fi scrisă în %1.</translation>
    </message>
</context>
<context>
    <name>empathy::FilterBar</name>
    <message>
        <source>Search messages and customers (Ctrl+K)</source>
        <translation>Căutați în mesaje și clienți (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Căutare</translation>
    </message>
    <message>
        <source>Finds conversations by the words of their messages or the customer&apos;s name; Enter moves to the results</source>
        <translation>Găsește conversații după cuvintele mesajelor sau numele clientului; Enter trece la rezultate</translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation>Ale cui conversații</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ale mele</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nealocate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Open and pending</source>
        <translation>Deschise și în așteptare</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschise</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvate</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Orice stare</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Toate canalele</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toate limbile</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Ordine</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Cele mai noi întâi</translation>
    </message>
    <message>
        <source>Longest waiting</source>
        <translation>Cele care așteaptă de mai mult timp</translation>
    </message>
    <message>
        <source>Due soonest</source>
        <translation>Termenul cel mai apropiat</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cer atenție</translation>
    </message>
</context>
<context>
    <name>empathy::HistoryDelegate</name>
    <message>
        <source>%1 · apology</source>
        <translation>%1 · scuze</translation>
    </message>
    <message>
        <source>%1 · customer</source>
        <translation>%1 · client</translation>
    </message>
    <message>
        <source>%1 · us</source>
        <translation>%1 · noi</translation>
    </message>
    <message>
        <source>turning point</source>
        <translation>punct de cotitură</translation>
    </message>
    <message>
        <source>Order #%1 · %2</source>
        <translation>Comanda nr. %1 · %2</translation>
    </message>
    <message>
        <source>mood %1 → %2</source>
        <translation>stare %1 → %2</translation>
    </message>
    <message>
        <source>mood before %1</source>
        <translation>starea înainte: %1</translation>
    </message>
    <message>
        <source>Empathy map · %1</source>
        <translation>Harta empatiei · %1</translation>
    </message>
    <message>
        <source>Survey · NPS %1 of 10</source>
        <translation>Sondaj · NPS %1 din 10</translation>
    </message>
    <message>
        <source>Survey · CSAT %1 of 5</source>
        <translation>Sondaj · CSAT %1 din 5</translation>
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
        <translation>Starea nu e cunoscută încă</translation>
    </message>
    <message>
        <source>Customer&apos;s mood: %1 (%2), %3</source>
        <comment>mood word, valence -1..+1, trend</comment>
        <translation>Starea clientului: %1 (%2), %3</translation>
    </message>
    <message>
        <source>You: %1</source>
        <comment>inbox preview of our own last reply</comment>
        <translation>Dvs.: %1</translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation>Așteaptă de %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>A mea</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nealocată</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Prioritate mare</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>În așteptare</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvată</translation>
    </message>
</context>
<context>
    <name>empathy::InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>Căsuță</translation>
    </message>
    <message>
        <source>Conversations from every channel. Arrow keys move, Enter opens.</source>
        <translation>Conversații de pe toate canalele. Săgețile mută, Enter deschide.</translation>
    </message>
</context>
<context>
    <name>empathy::LoginDialog</name>
    <message>
        <source>Log in to Empathy Desk</source>
        <translation>Autentificare în Empathy Desk</translation>
    </message>
    <message>
        <source>ws://server:8765</source>
        <translation>ws://server:8765</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresa serverului</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nume de utilizator</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parolă</translation>
    </message>
    <message>
        <source>Not needed while your last session is valid</source>
        <translation>Nu e nevoie cât timp ultima sesiune este valabilă</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nume de utilizator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <source>The server address looks like ws://host:port or wss://host:port.</source>
        <translation>Adresa serverului arată ca ws://gazdă:port sau wss://gazdă:port.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduceți numele de utilizator.</translation>
    </message>
</context>
<context>
    <name>empathy::MainWindow</name>
    <message>
        <source>Note not removed</source>
        <translation>Nota nu a fost eliminată</translation>
    </message>
    <message>
        <source>Stage not saved</source>
        <translation>Etapa nu a fost salvată</translation>
    </message>
    <message>
        <source>Empathy Desk</source>
        <translation>Empathy Desk</translation>
    </message>
    <message>
        <source>Compensations over agents&apos; limits, waiting for a team lead</source>
        <translation>Compensații peste limitele agenților, care așteaptă un șef de echipă</translation>
    </message>
    <message>
        <source>Training pack…</source>
        <translation>Pachet de instruire…</translation>
    </message>
    <message>
        <source>Export conversations for trainers, with customers&apos; personal data replaced</source>
        <translation>Exportați conversații pentru formatori, cu datele personale ale clienților înlocuite</translation>
    </message>
    <message>
        <source>The team&apos;s live conversations and alerts (Ctrl+Shift+S)</source>
        <translation>Conversațiile în curs și alertele echipei (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Scurtături</translation>
    </message>
    <message>
        <source>The keyboard shortcuts (F1)</source>
        <translation>Scurtăturile de tastatură (F1)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Setări…</translation>
    </message>
    <message>
        <source>Language, theme, notifications, server and tone coach (Ctrl+,)</source>
        <translation>Limbă, temă, notificări, server și consilier de ton (Ctrl+,)</translation>
    </message>
    <message>
        <source>Conversations in the inbox</source>
        <translation>Conversații în căsuță</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>Acțiuni care așteaptă să fie trimise</translation>
    </message>
    <message>
        <source>The server refused an action: %1</source>
        <translation>Serverul a refuzat o acțiune: %1</translation>
    </message>
    <message>
        <source>Could not mark the conversation read: %1</source>
        <translation>Conversația nu a putut fi marcată ca citită: %1</translation>
    </message>
    <message>
        <source>Contact the customer again?</source>
        <translation>Contactați clientul din nou?</translation>
    </message>
    <message>
        <source>%1 has not written since our last message, and we already reached out unasked %2 times in the last 7 days (the limit is %3). Send this anyway?</source>
        <translation>%1 nu a mai scris de la ultimul nostru mesaj, iar noi l-am contactat din proprie inițiativă deja de %2 ori în ultimele 7 zile (limita este %3). Trimiteți totuși?</translation>
    </message>
    <message>
        <source>Reply not saved</source>
        <translation>Răspunsul nu a fost salvat</translation>
    </message>
    <message>
        <source>The reply could not be saved in the local cache: %1</source>
        <translation>Răspunsul nu a putut fi salvat în memoria cache locală: %1</translation>
    </message>
    <message>
        <source>Reply saved. It stays marked pending until the server has it.</source>
        <translation>Răspuns salvat. Rămâne marcat în așteptare până când îl are serverul.</translation>
    </message>
    <message>
        <source>Apology drafted in the customer&apos;s language: edit it before sending.</source>
        <translation>Scuze redactate în limba clientului: editați-le înainte de trimitere.</translation>
    </message>
    <message>
        <source>Correction not saved</source>
        <translation>Corectura nu a fost salvată</translation>
    </message>
    <message>
        <source>The correction could not be saved in the local cache: %1</source>
        <translation>Corectura nu a putut fi salvată în memoria cache locală: %1</translation>
    </message>
    <message>
        <source>Mood corrected. Thank you: corrections help the engine improve.</source>
        <translation>Stare corectată. Mulțumim: corecturile ajută motorul să se îmbunătățească.</translation>
    </message>
    <message>
        <source>Tone not saved</source>
        <translation>Tonul nu a fost salvat</translation>
    </message>
    <message>
        <source>The customer&apos;s tone could not be saved in the local cache: %1</source>
        <translation>Tonul clientului nu a putut fi salvat în memoria cache locală: %1</translation>
    </message>
    <message>
        <source>It could not be saved in the local cache: %1</source>
        <translation>Nu a putut fi salvat în memoria cache locală: %1</translation>
    </message>
    <message>
        <source>Compensation not saved</source>
        <translation>Compensația nu a fost salvată</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>Nota nu a fost salvată</translation>
    </message>
    <message>
        <source>Approve the compensation</source>
        <translation>Aprobați compensația</translation>
    </message>
    <message>
        <source>Deny the compensation</source>
        <translation>Refuzați compensația</translation>
    </message>
    <message>
        <source>Note for the agent (optional):</source>
        <translation>Notă pentru agent (opțional):</translation>
    </message>
    <message>
        <source>Why not (the agent sees it):</source>
        <translation>De ce nu (agentul o vede):</translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation>Decizia nu a fost salvată</translation>
    </message>
    <message>
        <source>Reverse the compensation</source>
        <translation>Anulați compensația</translation>
    </message>
    <message>
        <source>Why it is taken back (kept for the audit):</source>
        <translation>De ce este retrasă (păstrat pentru audit):</translation>
    </message>
    <message>
        <source>Reversal not saved</source>
        <translation>Anularea nu a fost salvată</translation>
    </message>
    <message>
        <source>The template “%1” has errors: %2</source>
        <translation>Șablonul „%1” are erori: %2</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nerezolvată</translation>
    </message>
    <message>
        <source>Resolved. The customer is asked how satisfied they are.</source>
        <translation>Rezolvată. Clientul este întrebat cât de mulțumit este.</translation>
    </message>
    <message>
        <source>Export a training pack</source>
        <translation>Exportați un pachet de instruire</translation>
    </message>
    <message>
        <source>Which conversations go into the pack? Names, e-mail addresses, phone numbers, order and card numbers and addresses are replaced; the pack lists what was replaced.</source>
        <translation>Ce conversații intră în pachet? Numele, adresele de e-mail, numerele de telefon, numerele de comandă și de card și adresele sunt înlocuite; pachetul arată ce s-a înlocuit.</translation>
    </message>
    <message>
        <source>The open conversation</source>
        <translation>Conversația deschisă</translation>
    </message>
    <message numerus="yes">
        <source>The %n conversation(s) the inbox shows</source>
        <translation>
            <numerusform>Conversația afișată în căsuță (%n)</numerusform>
            <numerusform>Cele %n conversații afișate în căsuță</numerusform>
            <numerusform>Cele %n de conversații afișate în căsuță</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the training pack</source>
        <translation>Salvați pachetul de instruire</translation>
    </message>
    <message>
        <source>Training packs (*.empathypack)</source>
        <translation>Pachete de instruire (*.empathypack)</translation>
    </message>
    <message>
        <source>The training pack was not written</source>
        <translation>Pachetul de instruire nu a fost scris</translation>
    </message>
    <message>
        <source>Exported from Empathy Desk</source>
        <translation>Exportat din Empathy Desk</translation>
    </message>
    <message numerus="yes">
        <source>Training pack written to %1: %n conversation(s), %2 personal values replaced</source>
        <translation>
            <numerusform>Pachet de instruire scris în %1: %n conversație, %2 valori personale înlocuite</numerusform>
            <numerusform>Pachet de instruire scris în %1: %n conversații, %2 valori personale înlocuite</numerusform>
            <numerusform>Pachet de instruire scris în %1: %n de conversații, %2 valori personale înlocuite</numerusform>
        </translation>
    </message>
    <message>
        <source>Compensations waiting for a team lead</source>
        <translation>Compensații care așteaptă un șef de echipă</translation>
    </message>
    <message>
        <source>Waiting for a lead: %1</source>
        <translation>Așteaptă un șef: %1</translation>
    </message>
    <message numerus="yes">
        <source>Supervisor view: %n open alert(s)</source>
        <translation>
            <numerusform>Vizualizare de supervizor: %n alertă deschisă</numerusform>
            <numerusform>Vizualizare de supervizor: %n alerte deschise</numerusform>
            <numerusform>Vizualizare de supervizor: %n de alerte deschise</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation>Vizualizare de supervizor</translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation>Conversații: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Așteaptă să fie trimise: %1</translation>
    </message>
    <message>
        <source>Replacing names and personal data…</source>
        <translation>Se înlocuiesc numele și datele personale…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Training pack export cancelled; nothing was written.</source>
        <translation>Exportul pachetului de instruire a fost anulat; nu s-a scris nimic.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Anulat</translation>
    </message>
</context>
<context>
    <name>empathy::ReplaySession</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
</context>
<context>
    <name>empathy::ReplayTimeline</name>
    <message>
        <source>Replay timeline</source>
        <translation>Cronologia redării</translation>
    </message>
    <message>
        <source>The customer&apos;s mood over the conversation; click to move the replay there</source>
        <translation>Starea clientului de-a lungul conversației; faceți clic pentru a muta redarea acolo</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Mesajul %1</translation>
    </message>
    <message>
        <source>The customer&apos;s mood turns here.</source>
        <translation>Aici se schimbă starea clientului.</translation>
    </message>
</context>
<context>
    <name>empathy::ReplayWindow</name>
    <message>
        <source>no personal data was found to replace</source>
        <translation>nu s-au găsit date personale de înlocuit</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n nume</numerusform>
            <numerusform>%n nume</numerusform>
            <numerusform>%n de nume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n adresă de e-mail</numerusform>
            <numerusform>%n adrese de e-mail</numerusform>
            <numerusform>%n de adrese de e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n număr de telefon</numerusform>
            <numerusform>%n numere de telefon</numerusform>
            <numerusform>%n de numere de telefon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card number(s)</source>
        <translation>
            <numerusform>%n număr de card</numerusform>
            <numerusform>%n numere de card</numerusform>
            <numerusform>%n de numere de card</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order number(s)</source>
        <translation>
            <numerusform>%n număr de comandă</numerusform>
            <numerusform>%n numere de comandă</numerusform>
            <numerusform>%n de numere de comandă</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n adresă</numerusform>
            <numerusform>%n adrese</numerusform>
            <numerusform>%n de adrese</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n linkuri</numerusform>
            <numerusform>%n de linkuri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other number(s)</source>
        <translation>
            <numerusform>%n alt număr</numerusform>
            <numerusform>%n alte numere</numerusform>
            <numerusform>%n de alte numere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other value(s)</source>
        <translation>
            <numerusform>%n altă valoare</numerusform>
            <numerusform>%n alte valori</numerusform>
            <numerusform>%n de alte valori</numerusform>
        </translation>
    </message>
    <message>
        <source>replaced: %1</source>
        <translation>înlocuite: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n mesaj</numerusform>
            <numerusform>%1 · %n mesaje</numerusform>
            <numerusform>%1 · %n de mesaje</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin a comment</source>
        <translation>Fixați un comentariu</translation>
    </message>
    <message>
        <source>Comment on message %1:</source>
        <translation>Comentariu la mesajul %1:</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Redare: %1</translation>
    </message>
    <message>
        <source>training pack</source>
        <translation>pachet de instruire</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compară</translation>
    </message>
    <message>
        <source>Conversations of the pack</source>
        <translation>Conversațiile pachetului</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Adnotări</translation>
    </message>
    <message>
        <source>Pin a comment…</source>
        <translation>Fixați un comentariu…</translation>
    </message>
    <message>
        <source>Pins a comment to the last message shown; it is saved in the pack</source>
        <translation>Fixează un comentariu la ultimul mesaj afișat; se salvează în pachet</translation>
    </message>
    <message>
        <source>Practice result</source>
        <translation>Rezultatul exercițiului</translation>
    </message>
    <message>
        <source>Turn on Practice: the replay stops where the agent answered the customer, you write your reply, and it is compared with the agent&apos;s.</source>
        <translation>Porniți Exercițiul: redarea se oprește unde agentul i-a răspuns clientului, scrieți răspunsul dvs. și acesta este comparat cu al agentului.</translation>
    </message>
    <message>
        <source>Empathy map</source>
        <translation>Harta empatiei</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Exercițiu</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversație</numerusform>
            <numerusform>%n conversații</numerusform>
            <numerusform>%n de conversații</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Redare</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Redă sau pune pe pauză (Spațiu)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Un pas înapoi</translation>
    </message>
    <message>
        <source>Hide the last message (Alt+Left)</source>
        <translation>Ascunde ultimul mesaj (Alt+Stânga)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Un pas</translation>
    </message>
    <message>
        <source>Show the next message (Alt+Right)</source>
        <translation>Arată mesajul următor (Alt+Dreapta)</translation>
    </message>
    <message>
        <source>Previous turning point</source>
        <translation>Punctul de cotitură anterior</translation>
    </message>
    <message>
        <source>Jump back to where the customer&apos;s mood turned (Alt+Up)</source>
        <translation>Înapoi unde s-a schimbat starea clientului (Alt+Sus)</translation>
    </message>
    <message>
        <source>Next turning point</source>
        <translation>Punctul de cotitură următor</translation>
    </message>
    <message>
        <source>Jump to where the customer&apos;s mood turns next (Alt+Down)</source>
        <translation>Salt unde se schimbă din nou starea clientului (Alt+Jos)</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;Viteză</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Viteza redării</translation>
    </message>
    <message>
        <source>Stop where the agent answered, so you can answer first</source>
        <translation>Oprește unde a răspuns agentul, ca să puteți răspunde dvs. mai întâi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauză</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Redă</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>Mesajul %1 din %2</translation>
    </message>
    <message>
        <source>your turn to answer</source>
        <translation>e rândul dvs. să răspundeți</translation>
    </message>
    <message>
        <source>Message %1 — %2</source>
        <translation>Mesajul %1 — %2</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>Comentariul nu a fost salvat</translation>
    </message>
    <message>
        <source>The comment could not be saved in the pack (%1). It stays here and is saved with the next one.</source>
        <translation>Comentariul nu a putut fi salvat în pachet (%1). Rămâne aici și se salvează odată cu următorul.</translation>
    </message>
    <message>
        <source>Your turn: answer the customer in the reply box, then press Compare to see the agent&apos;s reply.</source>
        <translation>E rândul dvs.: răspundeți clientului în caseta de răspuns, apoi apăsați Compară pentru a vedea răspunsul agentului.</translation>
    </message>
    <message>
        <source>Tone: passes %1 of %2 checks</source>
        <translation>Ton: trece %1 din %2 verificări</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Răspunsul dvs.</translation>
    </message>
    <message>
        <source>The agent&apos;s reply</source>
        <translation>Răspunsul agentului</translation>
    </message>
</context>
<context>
    <name>empathy::ReplyBox</name>
    <message>
        <source>Send</source>
        <translation>Trimite</translation>
    </message>
    <message>
        <source>Sends the reply to the customer (Ctrl+Enter)</source>
        <translation>Trimite răspunsul clientului (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>Cere scuze</translation>
    </message>
    <message>
        <source>Drafts a personal apology in the customer&apos;s language and tone, naming their problem; edit it before sending (Ctrl+Shift+A)</source>
        <translation>Redactează scuze personale în limba și tonul clientului, numind problema lui; editați-le înainte de trimitere (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Rezolvă</translation>
    </message>
    <message>
        <source>Mark the conversation resolved; the customer is asked how satisfied they are</source>
        <translation>Marchează conversația ca rezolvată; clientul este întrebat cât de mulțumit este</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Șabloane</translation>
    </message>
    <message>
        <source>Insert a reply template filled in for this customer (Ctrl+T)</source>
        <translation>Inserează un șablon de răspuns completat pentru acest client (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter trimite</translation>
    </message>
    <message>
        <source>Tone coach</source>
        <translation>Consilier de ton</translation>
    </message>
    <message>
        <source>Suggestions about the tone of the reply being written</source>
        <translation>Sugestii despre tonul răspunsului în curs de scriere</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>Scrieți un răspuns…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Răspuns</translation>
    </message>
    <message>
        <source>The reply to the customer; Ctrl+Enter sends it, Tab moves on</source>
        <translation>Răspunsul către client; Ctrl+Enter îl trimite, Tab trece mai departe</translation>
    </message>
    <message>
        <source>“%1” sounds like a stock phrase: say it in your own words.</source>
        <translation>„%1” sună a formulă șablon: spuneți-o cu cuvintele dvs.</translation>
    </message>
    <message>
        <source>Address %1 by name.</source>
        <translation>Adresați-vă lui %1 pe nume.</translation>
    </message>
    <message>
        <source>The customer prefers a formal tone; “%1” sounds casual.</source>
        <translation>Clientul preferă un ton formal; „%1” sună prea familiar.</translation>
    </message>
    <message>
        <source>The customer prefers a warm tone; “%1” sounds stiff.</source>
        <translation>Clientul preferă un ton cald; „%1” sună rigid.</translation>
    </message>
    <message>
        <source>The customer is upset: acknowledge it and apologise.</source>
        <translation>Clientul este supărat: recunoașteți asta și cereți-vă scuze.</translation>
    </message>
    <message>
        <source>The customer writes in %1, but this reply looks like %2.</source>
        <translation>Clientul scrie în %1, dar acest răspuns pare în %2.</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>Editați șabloanele…</translation>
    </message>
</context>
<context>
    <name>empathy::SentimentChart</name>
    <message>
        <source>Customer&apos;s sentiment over time</source>
        <translation>Starea clientului în timp</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesaje</translation>
    </message>
    <message>
        <source>Turning points</source>
        <translation>Puncte de cotitură</translation>
    </message>
    <message>
        <source>negative … positive</source>
        <translation>negativ … pozitiv</translation>
    </message>
</context>
<context>
    <name>empathy::SettingsDialog</name>
    <message>
        <source>The server address must look like wss://desk.example.com:8443 (or ws:// on a trusted network).</source>
        <translation>Adresa serverului trebuie să arate ca wss://desk.example.com:8443 (sau ws:// într-o rețea de încredere).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Limbă și aspect</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limba:</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Ca sistemul (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limba</translation>
    </message>
    <message>
        <source>The language of Empathy Desk; it changes at once</source>
        <translation>Limba Empathy Desk; se schimbă imediat</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Ca sistemul</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Luminoasă</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Întunecată</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contrast ridicat</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Colours of the whole application; high contrast is white on black</source>
        <translation>Culorile întregii aplicații; contrastul ridicat înseamnă alb pe negru</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;Mărimea textului:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>text size as a percentage of the system&apos;s</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Mărimea textului</translation>
    </message>
    <message>
        <source>The size of all text, relative to the system&apos;s font size</source>
        <translation>Mărimea întregului text, față de mărimea fontului sistemului</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificări</translation>
    </message>
    <message>
        <source>&amp;Flash the taskbar when one of my customers writes</source>
        <translation>&amp;Semnalizează în bara de activități când scrie unul dintre clienții mei</translation>
    </message>
    <message>
        <source>Show a desktop &amp;message for every new alert (team leads)</source>
        <translation>Arată un &amp;mesaj pe desktop pentru fiecare alertă nouă (șefi de echipă)</translation>
    </message>
    <message>
        <source>Play a s&amp;ound with alerts (team leads)</source>
        <translation>Redă un s&amp;unet la alerte (șefi de echipă)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresa serverului:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresa serverului</translation>
    </message>
    <message>
        <source>Where Empathy Desk logs in when it is started without a server</source>
        <translation>Unde se autentifică Empathy Desk când este pornit fără server</translation>
    </message>
    <message>
        <source>The demo runs its own server on this computer; this address is used when Empathy Desk is started without --demo.</source>
        <translation>Demo-ul își rulează propriul server pe acest calculator; această adresă se folosește când Empathy Desk este pornit fără --demo.</translation>
    </message>
    <message>
        <source>Changing it asks for the log-in to the new server.</source>
        <translation>Schimbarea ei cere autentificarea la noul server.</translation>
    </message>
    <message>
        <source>Tone coach</source>
        <translation>Consilier de ton</translation>
    </message>
    <message>
        <source>Point out stock phrases and clichés</source>
        <translation>Semnalează formulele șablon și clișeele</translation>
    </message>
    <message>
        <source>Remind me to address the customer by name</source>
        <translation>Amintește-mi să mă adresez clientului pe nume</translation>
    </message>
    <message>
        <source>Check the reply matches the customer&apos;s formal or warm tone</source>
        <translation>Verifică dacă răspunsul se potrivește tonului formal sau cald al clientului</translation>
    </message>
    <message>
        <source>Ask for an apology when the customer is upset</source>
        <translation>Cere scuze când clientul este supărat</translation>
    </message>
    <message>
        <source>Warn when the reply is not in the customer&apos;s language</source>
        <translation>Avertizează când răspunsul nu este în limba clientului</translation>
    </message>
</context>
<context>
    <name>empathy::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scurtături de tastatură</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Ce fac</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>Căutare în căsuță</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>Mergi la căsuță</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>Sus, Jos, Page Up, Page Down</translation>
    </message>
    <message>
        <source>Move through the inbox</source>
        <translation>Deplasare prin căsuță</translation>
    </message>
    <message>
        <source>Open the conversation and write a reply</source>
        <translation>Deschide conversația și scrie un răspuns</translation>
    </message>
    <message>
        <source>Go to the conversation&apos;s messages</source>
        <translation>Mergi la mesajele conversației</translation>
    </message>
    <message>
        <source>Go to the reply box</source>
        <translation>Mergi la caseta de răspuns</translation>
    </message>
    <message>
        <source>Go to the customer&apos;s history</source>
        <translation>Mergi la istoricul clientului</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>Trimite răspunsul</translation>
    </message>
    <message>
        <source>Draft an apology</source>
        <translation>Redactează scuze</translation>
    </message>
    <message>
        <source>Insert a reply template</source>
        <translation>Inserează un șablon de răspuns</translation>
    </message>
    <message>
        <source>Correct the mood of the customer&apos;s latest message</source>
        <translation>Corectează starea ultimului mesaj al clientului</translation>
    </message>
    <message>
        <source>Compensate the customer</source>
        <translation>Compensează clientul</translation>
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation>Rezolvă conversația</translation>
    </message>
    <message>
        <source>Supervisor view (team leads)</source>
        <translation>Vizualizare de supervizor (șefi de echipă)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Această listă</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Treci la controlul următor sau anterior</translation>
    </message>
    <message>
        <source>Leave the search for the inbox</source>
        <translation>Ieși din căutare în căsuță</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Tasta de meniu, Shift+F10</translation>
    </message>
    <message>
        <source>Actions on the selected item (timeline, empathy map)</source>
        <translation>Acțiuni pentru elementul ales (cronologie, harta empatiei)</translation>
    </message>
</context>
<context>
    <name>empathy::SupervisorWindow</name>
    <message>
        <source>Supervisor view</source>
        <translation>Vizualizare de supervizor</translation>
    </message>
    <message>
        <source>Live wall</source>
        <translation>Panou live</translation>
    </message>
    <message>
        <source>Team figures</source>
        <translation>Cifrele echipei</translation>
    </message>
    <message>
        <source>Empathy Desk supervisor</source>
        <translation>Empathy Desk — supervizor</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vizualizare:</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Salvați vizualizarea…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ștergeți vizualizarea</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>Orice agent</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>Nimeni alocat</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Toate canalele</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toate limbile</translation>
    </message>
    <message>
        <source>&amp;Unhappy</source>
        <translation>&amp;Nemulțumiți</translation>
    </message>
    <message>
        <source>Only customers whose mood is negative</source>
        <translation>Doar clienții a căror stare este negativă</translation>
    </message>
    <message>
        <source>With &amp;alerts</source>
        <translation>Cu &amp;alerte</translation>
    </message>
    <message>
        <source>&amp;Promise at risk</source>
        <translation>&amp;Promisiune în pericol</translation>
    </message>
    <message>
        <source>Only conversations whose first answer or resolution is due soon or overdue</source>
        <translation>Doar conversațiile al căror prim răspuns sau rezolvare e scadentă curând sau a depășit termenul</translation>
    </message>
    <message>
        <source>Customer or agent…</source>
        <translation>Client sau agent…</translation>
    </message>
    <message>
        <source>Find a customer or an agent on the wall</source>
        <translation>Găsiți un client sau un agent pe panou</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;Confirmă</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;Preia</translation>
    </message>
    <message>
        <source>Give the conversation to yourself</source>
        <translation>Dați-vă conversația dvs.</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Realocă…</translation>
    </message>
    <message>
        <source>Private &amp;note…</source>
        <translation>&amp;Notă privată…</translation>
    </message>
    <message>
        <source>A note to the conversation&apos;s agent; the customer never sees it</source>
        <translation>O notă pentru agentul conversației; clientul nu o vede niciodată</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;Deschide conversația</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Vizualizare salvată</translation>
    </message>
    <message>
        <source>Unsaved view</source>
        <translation>Vizualizare nesalvată</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Salvați vizualizarea</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>Numele acestei vizualizări:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Alerts raised by the server, newest first</source>
        <translation>Alerte ridicate de server, cele mai noi întâi</translation>
    </message>
    <message>
        <source>Why the alert fired</source>
        <translation>De ce a apărut alerta</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>Vizualizarea „%1” a fost salvată.</translation>
    </message>
    <message numerus="yes">
        <source>Alerts: %n open</source>
        <translation>
            <numerusform>Alerte: %n deschisă</numerusform>
            <numerusform>Alerte: %n deschise</numerusform>
            <numerusform>Alerte: %n de deschise</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts: none open</source>
        <translation>Alerte: niciuna deschisă</translation>
    </message>
    <message>
        <source>Live wall: %1 of %2</source>
        <translation>Panou live: %1 din %2</translation>
    </message>
    <message numerus="yes">
        <source>Supervisor view (%n open alert(s))</source>
        <translation>
            <numerusform>Vizualizare de supervizor (%n alertă deschisă)</numerusform>
            <numerusform>Vizualizare de supervizor (%n alerte deschise)</numerusform>
            <numerusform>Vizualizare de supervizor (%n de alerte deschise)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an alert to see why it fired.</source>
        <translation>Alegeți o alertă pentru a vedea de ce a apărut.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Notă privată</translation>
    </message>
    <message>
        <source>A note to %1 in this conversation. The customer never sees it.</source>
        <translation>O notă pentru %1 în această conversație. Clientul nu o vede niciodată.</translation>
    </message>
    <message>
        <source>whoever takes it</source>
        <translation>oricine o preia</translation>
    </message>
    <message>
        <source>Private note sent to the conversation.</source>
        <translation>Nota privată a fost trimisă în conversație.</translation>
    </message>
    <message>
        <source>Alert not acknowledged</source>
        <translation>Alerta nu a fost confirmată</translation>
    </message>
    <message>
        <source>Conversation not taken over</source>
        <translation>Conversația nu a fost preluată</translation>
    </message>
    <message>
        <source>It could not be saved in the local cache: %1</source>
        <translation>Nu a putut fi salvat în memoria cache locală: %1</translation>
    </message>
    <message>
        <source>Conversation not reassigned</source>
        <translation>Conversația nu a fost realocată</translation>
    </message>
    <message>
        <source>Private note not saved</source>
        <translation>Nota privată nu a fost salvată</translation>
    </message>
</context>
<context>
    <name>empathy::SyncStatusLabel</name>
    <message>
        <source>Connection</source>
        <translation>Conexiune</translation>
    </message>
    <message>
        <source> — waiting to be sent: %1</source>
        <translation> — așteaptă să fie trimise: %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Conectat</translation>
    </message>
    <message>
        <source>⟳ Syncing %1%</source>
        <translation>⟳ Sincronizare %1%</translation>
    </message>
    <message>
        <source>⟳ Connecting…</source>
        <translation>⟳ Se conectează…</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Deconectat</translation>
    </message>
    <message>
        <source>⚠ Log-in refused: %1</source>
        <translation>⚠ Autentificare refuzată: %1</translation>
    </message>
</context>
<context>
    <name>empathy::TeamFiguresView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Perioada:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Perioada</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Azi</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimele 7 zile</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimele 30 de zile</translation>
    </message>
    <message>
        <source>Compensation &amp;budget for 30 days:</source>
        <translation>&amp;Bugetul de compensații pe 30 de zile:</translation>
    </message>
    <message>
        <source>e.g. 500.00 EUR</source>
        <translation>de ex. 500,00 EUR</translation>
    </message>
    <message>
        <source>Compensation budget for 30 days</source>
        <translation>Bugetul de compensații pe 30 de zile</translation>
    </message>
    <message>
        <source>Conversations opened:</source>
        <translation>Conversații deschise:</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Primul răspuns:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Rezolvare:</translation>
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
        <translation>Recuperați de la negativ la pozitiv:</translation>
    </message>
    <message>
        <source>Compensation granted:</source>
        <translation>Compensații acordate:</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>Alerte:</translation>
    </message>
    <message>
        <source>Median first response per day (minutes)</source>
        <translation>Mediana primului răspuns pe zi (minute)</translation>
    </message>
    <message>
        <source>Alerts per day</source>
        <translation>Alerte pe zi</translation>
    </message>
    <message>
        <source>median %1; 9 in 10 within %2</source>
        <translation>mediana %1; 9 din 10 în %2</translation>
    </message>
    <message numerus="yes">
        <source>median %1 over %n resolved</source>
        <translation>
            <numerusform>mediana %1 pentru %n rezolvată</numerusform>
            <numerusform>mediana %1 pentru %n rezolvate</numerusform>
            <numerusform>mediana %1 pentru %n de rezolvate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 satisfied (%n answer(s))</source>
        <translation>
            <numerusform>%1 mulțumiți (%n răspuns)</numerusform>
            <numerusform>%1 mulțumiți (%n răspunsuri)</numerusform>
            <numerusform>%1 mulțumiți (%n de răspunsuri)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n answer(s))</source>
        <translation>
            <numerusform>%1 (%n răspuns)</numerusform>
            <numerusform>%1 (%n răspunsuri)</numerusform>
            <numerusform>%1 (%n de răspunsuri)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s) with an unhappy customer</source>
        <translation>
            <numerusform>%1 din %n conversație cu un client nemulțumit</numerusform>
            <numerusform>%1 din %n conversații cu un client nemulțumit</numerusform>
            <numerusform>%1 din %n de conversații cu un client nemulțumit</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source> — %1 of the budget of %2 for this period</source>
        <translation> — %1 din bugetul de %2 pentru această perioadă</translation>
    </message>
    <message numerus="yes">
        <source>%n raised, %1 handled, median time to handle %2</source>
        <translation>
            <numerusform>%n ridicată, %1 tratate, timp median de tratare %2</numerusform>
            <numerusform>%n ridicate, %1 tratate, timp median de tratare %2</numerusform>
            <numerusform>%n de ridicate, %1 tratate, timp median de tratare %2</numerusform>
        </translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Primul răspuns</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ridicate</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Tratate</translation>
    </message>
</context>
<context>
    <name>empathy::TemplateEditorDialog</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Linia %1, coloana %2: %3</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>Șabloane de răspuns</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Șabloane</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nou</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ș&amp;terge</translation>
    </message>
    <message>
        <source>Hi {{customer.first_name}}, … {{#if order.id}}order #{{order.id}}{{/if}}</source>
        <translation>Bună ziua, {{customer.first_name}}, … {{#if order.id}}comanda nr. {{order.id}}{{/if}}</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Substituenți: %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nume</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Text</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>Ștergeți șablonul</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Ștergeți „%1”?</translation>
    </message>
    <message>
        <source>Used by Apologise for customers who prefer a formal tone (and when the tone is not noted).</source>
        <translation>Folosit de Cere scuze pentru clienții care preferă un ton formal (și când tonul nu e notat).</translation>
    </message>
    <message>
        <source>Used by Apologise for customers who prefer a warm tone.</source>
        <translation>Folosit de Cere scuze pentru clienții care preferă un ton cald.</translation>
    </message>
    <message>
        <source>Put into the reply after a compensation is asked for.</source>
        <translation>Pus în răspuns după ce se cere o compensație.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un șablon are nevoie de un nume.</translation>
    </message>
    <message>
        <source>A template needs a text.</source>
        <translation>Un șablon are nevoie de un text.</translation>
    </message>
</context>
<context>
    <name>empathy::WallModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Așteaptă</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Promisiune</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerte</translation>
    </message>
</context>
<context>
    <name>empathy::WallView</name>
    <message>
        <source>Live wall of open conversations</source>
        <translation>Panoul live al conversațiilor deschise</translation>
    </message>
    <message>
        <source>Every open conversation of the team with its agent, mood, waiting time and promise. Enter opens the conversation.</source>
        <translation>Fiecare conversație deschisă a echipei cu agentul, starea, timpul de așteptare și promisiunea ei. Enter deschide conversația.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>încă nimeni</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>încă neevaluat</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n open</source>
        <translation>
            <numerusform>⚠ %n deschisă</numerusform>
            <numerusform>⚠ %n deschise</numerusform>
            <numerusform>⚠ %n de deschise</numerusform>
        </translation>
    </message>
</context>
</TS>
