<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>AlertText</name>
    <message>
        <source>Unusual for this customer</source>
        <translation>برای این مشتری غیرعادی</translation>
    </message>
    <message>
        <source>Strong anger</source>
        <translation>خشم شدید</translation>
    </message>
    <message>
        <source>Wants to leave</source>
        <translation>می‌خواهد برود</translation>
    </message>
    <message>
        <source>First answer due soon</source>
        <translation>موعد اولین پاسخ نزدیک است</translation>
    </message>
    <message>
        <source>First answer overdue</source>
        <translation>موعد اولین پاسخ گذشته است</translation>
    </message>
    <message>
        <source>Resolution due soon</source>
        <translation>موعد حل نزدیک است</translation>
    </message>
    <message>
        <source>Resolution overdue</source>
        <translation>موعد حل گذشته است</translation>
    </message>
    <message>
        <source>Back again within days</source>
        <translation>پس از چند روز دوباره آمده</translation>
    </message>
    <message>
        <source>Handed over by the assistant</source>
        <translation>واگذارشده از سوی دستیار</translation>
    </message>
    <message>
        <source>open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>taken over</source>
        <translation>برعهده گرفته‌شده</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>واگذارشده</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>در حال ارسال…</translation>
    </message>
    <message>
        <source>nobody assigned</source>
        <translation>به کسی واگذار نشده</translation>
    </message>
    <message>
        <source>The customer wrote: “%1”</source>
        <translation>مشتری نوشت: «%1»</translation>
    </message>
    <message>
        <source>Strongest feeling: %1, at %2.</source>
        <translation>قوی‌ترین احساس: %1، با شدت %2.</translation>
    </message>
    <message>
        <source>Mood of the message: %1 (from −1 to +1).</source>
        <translation>حال پیام: %1 (از −۱ تا +۱).</translation>
    </message>
    <message>
        <source>This customer’s normal range: %1 ± %2</source>
        <translation>محدودهٔ معمول این مشتری: %1 ± %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, mostly from all customers: %n message(s) of their own.</source>
        <translation>
            <numerusform>%1، بیشتر از همهٔ مشتریان: %n پیام از خودش.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, from %n of their own messages.</source>
        <translation>
            <numerusform>%1، از %n پیام خودش.</numerusform>
        </translation>
    </message>
    <message>
        <source>The promise was %1; it is %2 overdue.</source>
        <translation>وعده %1 بود؛ %2 از موعد گذشته است.</translation>
    </message>
    <message>
        <source>The promise is %1, in %2.</source>
        <translation>وعده %1 است، %2 دیگر.</translation>
    </message>
    <message>
        <source>The customer had another conversation in the days before this one.</source>
        <translation>مشتری در روزهای پیش از این، گفتگوی دیگری داشته است.</translation>
    </message>
    <message>
        <source>The automated assistant answered and the customer still needs a person.</source>
        <translation>دستیار خودکار پاسخ داد و مشتری هنوز به یک انسان نیاز دارد.</translation>
    </message>
    <message>
        <source>Given to %1 by %2, %3.</source>
        <translation>به %1 سپرده شد توسط %2، %3.</translation>
    </message>
    <message>
        <source>Taken over by %1, %2.</source>
        <translation>برعهده گرفته‌شده توسط %1، %2.</translation>
    </message>
    <message>
        <source>Acknowledged by %1, %2.</source>
        <translation>تأییدشده توسط %1، %2.</translation>
    </message>
    <message>
        <source>The server refused the last action: %1</source>
        <translation>سرور آخرین اقدام را نپذیرفت: %1</translation>
    </message>
</context>
<context>
    <name>BadgeTooltip</name>
    <message>
        <source>Not scored yet</source>
        <translation>هنوز ارزیابی نشده</translation>
    </message>
    <message>
        <source>corrected by an agent</source>
        <translation>اصلاح‌شده توسط کارشناس</translation>
    </message>
    <message>
        <source>Confidence: %1</source>
        <translation>اطمینان: %1</translation>
    </message>
    <message>
        <source>Intensity: %1</source>
        <translation>شدت: %1</translation>
    </message>
    <message>
        <source>Risk of losing the customer: %1</source>
        <translation>خطر از دست دادن مشتری: %1</translation>
    </message>
    <message>
        <source>Emotions: %1</source>
        <translation>احساسات: %1</translation>
    </message>
    <message>
        <source>“%1” (negated)</source>
        <comment>a word the engine read as negated</comment>
        <translation>«%1» (منفی‌شده)</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>چرا: %1</translation>
    </message>
    <message>
        <source>Click the badge to correct it.</source>
        <translation>برای اصلاح، روی نشان کلیک کنید.</translation>
    </message>
</context>
<context>
    <name>CacheFile</name>
    <message>
        <source>The cache %1 cannot be read (%2) and could not be moved aside.</source>
        <translation>حافظهٔ نهان %1 خوانده نمی‌شود (%2) و نتوانستیم آن را کنار بگذاریم.</translation>
    </message>
    <message>
        <source>The cache %1 could not be read (%2). It was moved to %3 and a fresh cache was created; data will be fetched again.</source>
        <translation>حافظهٔ نهان %1 خوانده نشد (%2). به %3 منتقل شد و حافظهٔ نهان تازه‌ای ساخته شد؛ داده‌ها دوباره دریافت می‌شوند.</translation>
    </message>
    <message>
        <source>The cache %1 cannot be opened: %2</source>
        <translation>حافظهٔ نهان %1 باز نمی‌شود: %2</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>گفتگوی وب</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>تلگرام</translation>
    </message>
    <message>
        <source>Viber</source>
        <translation>وایبر</translation>
    </message>
    <message>
        <source>VK</source>
        <translation>VK</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>تماس تلفنی</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Empathy Desk: the customer-service workstation that knows how your customers feel.</source>
        <translation>Empathy Desk: میز کار پشتیبانی مشتری که می‌داند مشتریانتان چه احساسی دارند.</translation>
    </message>
    <message>
        <source>Profile to open (default: demo).</source>
        <translation>نمایه‌ای که باز می‌شود (پیش‌فرض: demo).</translation>
    </message>
    <message>
        <source>Keep profiles in this directory instead of the user&apos;s data directory.</source>
        <translation>نمایه‌ها در این پوشه نگه داشته شوند، نه در پوشهٔ دادهٔ کاربر.</translation>
    </message>
    <message>
        <source>Start a local demo server with simulated customers and open the demo profile synced with it.</source>
        <translation>یک سرور نمایشی محلی با مشتریان شبیه‌سازی‌شده راه‌اندازی و نمایهٔ نمایشیِ همگام با آن باز شود.</translation>
    </message>
    <message>
        <source>Conversations the demo server starts with (default 500).</source>
        <translation>تعداد گفتگوهایی که سرور نمایشی با آن‌ها آغاز می‌شود (پیش‌فرض ۵۰۰).</translation>
    </message>
    <message>
        <source>Simulated customer messages a second on the demo server (default 0.5).</source>
        <translation>پیام‌های شبیه‌سازی‌شدهٔ مشتری در هر ثانیه روی سرور نمایشی (پیش‌فرض ۰٫۵).</translation>
    </message>
    <message>
        <source>Fill the (empty) profile with N generated conversations and exit.</source>
        <translation>نمایهٔ (خالی) با N گفتگوی ساختگی پر شود و برنامه بسته شود.</translation>
    </message>
    <message>
        <source>Seed for generated data (default 1).</source>
        <translation>بذر دادهٔ ساختگی (پیش‌فرض ۱).</translation>
    </message>
    <message>
        <source>Average messages per generated conversation (default 10).</source>
        <translation>میانگین پیام در هر گفتگوی ساختگی (پیش‌فرض ۱۰).</translation>
    </message>
    <message>
        <source>Generated history ends at this UTC time (ISO 8601) instead of now, so that a seed gives the same timestamps too.</source>
        <translation>تاریخچهٔ ساختگی به جای اکنون در این زمان UTC (ISO 8601) پایان می‌یابد تا یک بذر، زمان‌های یکسان هم بدهد.</translation>
    </message>
    <message>
        <source>Render the main window once its data has loaded, save it as a PNG and exit.</source>
        <translation>پنجرهٔ اصلی پس از بارگذاری داده‌ها ترسیم، به صورت PNG ذخیره و برنامه بسته شود.</translation>
    </message>
    <message>
        <source>Open the inbox showing only conversations in this language (en, pl, ro, ru, fa).</source>
        <translation>صندوق فقط با گفتگوهای این زبان باز شود (en، pl، ro، ru، fa).</translation>
    </message>
    <message>
        <source>Show Empathy Desk in this language for this run (en, pl, ro, ru, fa); the settings decide otherwise.</source>
        <translation>Empathy Desk در این اجرا به این زبان نمایش داده شود (en، pl، ro، ru، fa)؛ در غیر این صورت تنظیمات تصمیم می‌گیرند.</translation>
    </message>
    <message>
        <source>Open the inbox with this search (a customer&apos;s name, words of a message); with --screenshot, the first conversation found is shown.</source>
        <translation>صندوق با این جستجو باز شود (نام مشتری، واژه‌های یک پیام)؛ با --screenshot نخستین گفتگوی یافته‌شده نمایش داده می‌شود.</translation>
    </message>
    <message>
        <source>Show the customer&apos;s empathy map instead of the timeline at the start.</source>
        <translation>در آغاز، نقشهٔ همدلی مشتری به جای خط زمانی نمایش داده شود.</translation>
    </message>
    <message>
        <source>With --demo, log in as this member of the demo team: alex (agent, the default), julia (team lead), mark (trainer), ... Each has a profile of their own.</source>
        <translation>با --demo به عنوان این عضو تیم نمایشی وارد شوید: alex (کارشناس، پیش‌فرض)، julia (سرپرست تیم)، mark (آموزش‌دهنده)، ... هر کدام نمایهٔ خودش را دارد.</translation>
    </message>
    <message>
        <source>Open the supervisor view at the start (team leads and admins).</source>
        <translation>نمای سرپرست در آغاز باز شود (سرپرستان تیم و مدیران).</translation>
    </message>
    <message>
        <source>Open the supervisor view on the team&apos;s figures.</source>
        <translation>نمای سرپرست روی آمار تیم باز شود.</translation>
    </message>
    <message>
        <source>Connect to this Empathy Desk server (ws://host:port); asks for the log-in.</source>
        <translation>اتصال به این سرور Empathy Desk (ws://میزبان:درگاه)؛ اطلاعات ورود پرسیده می‌شود.</translation>
    </message>
    <message>
        <source>Trust the certificate(s) in this PEM file for wss:// (a company CA).</source>
        <translation>به گواهی‌های این پروندهٔ PEM برای wss:// اعتماد شود (مرجع صدور شرکت).</translation>
    </message>
    <message>
        <source>Replay the conversations of a training pack (no server needed).</source>
        <translation>گفتگوهای یک بستهٔ آموزشی بازپخش شود (بدون نیاز به سرور).</translation>
    </message>
    <message>
        <source>With --replay and --screenshot: the pack&apos;s conversation to show (from 1).</source>
        <translation>با --replay و --screenshot: گفتگویی از بسته که نمایش داده می‌شود (از ۱).</translation>
    </message>
    <message>
        <source>Turn a corpus of customer-care threads (JSON lines) into a training pack, personal data replaced, and exit.</source>
        <translation>مجموعه‌ای از گفتگوهای پشتیبانی (سطرهای JSON) با جایگزینی داده‌های شخصی به بستهٔ آموزشی تبدیل و برنامه بسته شود.</translation>
    </message>
    <message>
        <source>Where --import-conversations writes the pack (default: the corpus&apos;s name with .empathypack, in the current directory).</source>
        <translation>جایی که --import-conversations بسته را می‌نویسد (پیش‌فرض: نام مجموعه با .empathypack در پوشهٔ جاری).</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>آرگومان غیرمنتظره: %1</translation>
    </message>
    <message>
        <source>A profile name uses letters, digits, &apos;-&apos; and &apos;_&apos; only: %1</source>
        <translation>نام نمایه فقط از حروف، رقم‌ها، &apos;-&apos; و &apos;_&apos; تشکیل می‌شود: %1</translation>
    </message>
    <message>
        <source>--language takes en, pl, ro, ru or fa, not %1</source>
        <translation>--language مقدار en، pl، ro، ru یا fa می‌گیرد، نه %1</translation>
    </message>
    <message>
        <source>--as takes the login of a demo team member and goes with --demo</source>
        <translation>--as نام کاربری یکی از اعضای تیم نمایشی را می‌گیرد و همراه --demo به کار می‌رود</translation>
    </message>
    <message>
        <source>--language-filter takes en, pl, ro, ru or fa, not %1</source>
        <translation>--language-filter مقدار en، pl، ro، ru یا fa می‌گیرد، نه %1</translation>
    </message>
    <message>
        <source>--replay works without a server: leave out --server</source>
        <translation>--replay بدون سرور کار می‌کند: --server را حذف کنید</translation>
    </message>
    <message>
        <source>--demo-now takes a time like 2026-03-16T10:30:00Z</source>
        <translation>--demo-now زمانی مانند 2026-03-16T10:30:00Z می‌گیرد</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3</source>
        <translation>--%1 عددی صحیح از %2 تا %3 می‌گیرد</translation>
    </message>
    <message>
        <source>--demo-rate takes a number of messages a second above 0</source>
        <translation>--demo-rate تعداد پیام در ثانیه، بزرگ‌تر از ۰، می‌گیرد</translation>
    </message>
</context>
<context>
    <name>CompensationText</name>
    <message>
        <source>Discount</source>
        <translation>تخفیف</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>کارت هدیه</translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation>ارسال رایگان</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>هدیه</translation>
    </message>
    <message>
        <source>Partial refund</source>
        <translation>بازپرداخت بخشی</translation>
    </message>
    <message>
        <source>Full refund</source>
        <translation>بازپرداخت کامل</translation>
    </message>
    <message>
        <source>not sent yet: waits for the connection</source>
        <translation>هنوز ارسال نشده: در انتظار اتصال</translation>
    </message>
    <message>
        <source>waiting for a team lead</source>
        <translation>در انتظار سرپرست تیم</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>اعطا شد</translation>
    </message>
    <message>
        <source>denied by a team lead</source>
        <translation>سرپرست تیم رد کرد</translation>
    </message>
    <message>
        <source>reversed by a team lead</source>
        <translation>سرپرست تیم لغو کرد</translation>
    </message>
    <message>
        <source>refused by the server</source>
        <translation>سرور نپذیرفت</translation>
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
        <translation>تعداد گفتگوهای نمایشی باید دست‌کم ۱ باشد</translation>
    </message>
    <message>
        <source>this profile already holds %1 conversations; generate into a new profile</source>
        <translation>این نمایه از پیش %1 گفتگو دارد؛ در نمایهٔ تازه‌ای بسازید</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>empathy-desk: cannot write the screenshot to %1</source>
        <translation>empathy-desk: تصویر صفحه در %1 نوشته نمی‌شود</translation>
    </message>
    <message>
        <source>screenshot written to %1 (%2x%3)</source>
        <translation>تصویر صفحه در %1 نوشته شد (%2x%3)</translation>
    </message>
    <message>
        <source>The demo profile held generated data; it now syncs with the demo server and starts afresh.</source>
        <translation>نمایهٔ نمایشی دادهٔ ساختگی داشت؛ اکنون با سرور نمایشی همگام می‌شود و از نو آغاز می‌کند.</translation>
    </message>
    <message>
        <source>Empathy Desk cannot open the profile</source>
        <translation>Empathy Desk نمی‌تواند نمایه را باز کند</translation>
    </message>
    <message>
        <source>empathy-desk: the emotion engine is not available: %1</source>
        <translation>empathy-desk: موتور احساسات در دسترس نیست: %1</translation>
    </message>
    <message>
        <source>generated %1 of %2 conversations</source>
        <translation>%1 از %2 گفتگو ساخته شد</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos;: %2 conversations, %3 messages in %4 s (%5)</source>
        <translation>نمایهٔ «%1»: %2 گفتگو، %3 پیام در %4 ثانیه (%5)</translation>
    </message>
    <message>
        <source>empathy-desk: cannot generate demo data: %1</source>
        <translation>empathy-desk: دادهٔ نمایشی ساخته نمی‌شود: %1</translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation>در حال راه‌اندازی سرور نمایشی…</translation>
    </message>
    <message>
        <source>Empathy Desk</source>
        <translation>Empathy Desk</translation>
    </message>
    <message>
        <source>Demo server at %1</source>
        <translation>سرور نمایشی در %1</translation>
    </message>
    <message>
        <source>Web chat page for customers: %1</source>
        <translation>صفحهٔ گفتگو برای مشتریان: %1</translation>
    </message>
    <message>
        <source>empathy-desk: the supervisor view is for team leads; log in as one (with --demo: --as julia)</source>
        <translation>empathy-desk: نمای سرپرست برای سرپرستان تیم است؛ به عنوان یکی از آنان وارد شوید (با --demo: --as julia)</translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message numerus="yes">
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n ث</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n دقیقه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n ساعت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <comment>days, abbreviated</comment>
        <translation>
            <numerusform>%n روز</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply overdue by %1</source>
        <translation>پاسخ %1 دیر شده</translation>
    </message>
    <message>
        <source>Resolution overdue by %1</source>
        <translation>حل %1 دیر شده</translation>
    </message>
    <message>
        <source>Reply in %1</source>
        <translation>پاسخ تا %1</translation>
    </message>
    <message>
        <source>Resolve in %1</source>
        <translation>حل تا %1</translation>
    </message>
</context>
<context>
    <name>EmbeddedServer</name>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 راه‌اندازی نمی‌شود: %2</translation>
    </message>
    <message>
        <source>the demo server did not start (see %1)</source>
        <translation>سرور نمایشی راه‌اندازی نشد (%1 را ببینید)</translation>
    </message>
</context>
<context>
    <name>InboxAccessibleText</name>
    <message>
        <source>mood positive</source>
        <translation>حال مثبت</translation>
    </message>
    <message>
        <source>mood negative</source>
        <translation>حال منفی</translation>
    </message>
    <message>
        <source>mood neutral</source>
        <translation>حال خنثی</translation>
    </message>
    <message>
        <source>%1, improving</source>
        <comment>a mood, then its trend</comment>
        <translation>%1، در حال بهبود</translation>
    </message>
    <message>
        <source>%1, getting worse</source>
        <comment>a mood, then its trend</comment>
        <translation>%1، در حال بدتر شدن</translation>
    </message>
    <message>
        <source>mood not known yet</source>
        <translation>حال هنوز معلوم نیست</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n خوانده‌نشده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n minute(s)</source>
        <translation>
            <numerusform>%n دقیقه در انتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n hour(s)</source>
        <translation>
            <numerusform>%n ساعت در انتظار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>%n روز در انتظار</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageText</name>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>لهستانی</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>رومانیایی</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>روسی</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>another language</source>
        <translation>زبانی دیگر</translation>
    </message>
</context>
<context>
    <name>MessageTemplate</name>
    <message>
        <source>&quot;{{&quot; is never closed with &quot;}}&quot;</source>
        <translation>«{{» هرگز با «}}» بسته نشده است</translation>
    </message>
    <message>
        <source>only {{#if name}} blocks are known: %1</source>
        <translation>فقط بلوک‌های {{#if نام}} شناخته می‌شوند: %1</translation>
    </message>
    <message>
        <source>unknown placeholder &quot;%1&quot;</source>
        <translation>جانگهدار ناشناخته «%1»</translation>
    </message>
    <message>
        <source>{{else}} outside an {{#if}} block</source>
        <translation>{{else}} بیرون از بلوک {{#if}}</translation>
    </message>
    <message>
        <source>unknown closing tag {{%1}}</source>
        <translation>برچسب پایانی ناشناخته {{%1}}</translation>
    </message>
    <message>
        <source>{{/if}} without an {{#if}} before it</source>
        <translation>{{/if}} بدون {{#if}} پیش از آن</translation>
    </message>
    <message>
        <source>{{#if %1}} is never closed with {{/if}}</source>
        <translation>{{#if %1}} هرگز با {{/if}} بسته نشده است</translation>
    </message>
</context>
<context>
    <name>MoodLook</name>
    <message>
        <source>Positive</source>
        <translation>مثبت</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>منفی</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>خنثی</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>خشمگین</translation>
    </message>
    <message>
        <source>Disgusted</source>
        <translation>بیزار</translation>
    </message>
    <message>
        <source>Worried</source>
        <translation>نگران</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>خوشحال</translation>
    </message>
    <message>
        <source>Sad</source>
        <translation>غمگین</translation>
    </message>
    <message>
        <source>Surprised</source>
        <translation>شگفت‌زده</translation>
    </message>
    <message>
        <source>Grateful</source>
        <translation>سپاسگزار</translation>
    </message>
    <message>
        <source>Frustrated</source>
        <translation>کلافه</translation>
    </message>
    <message>
        <source>Disappointed</source>
        <translation>ناامید</translation>
    </message>
    <message>
        <source>Confused</source>
        <translation>سردرگم</translation>
    </message>
    <message>
        <source>Relieved</source>
        <translation>آسوده</translation>
    </message>
    <message>
        <source>May leave</source>
        <translation>شاید برود</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>در حال بهبود</translation>
    </message>
    <message>
        <source>getting worse</source>
        <translation>در حال بدتر شدن</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>پایدار</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>a template needs a name</source>
        <translation>هر الگو نیاز به نام دارد</translation>
    </message>
    <message>
        <source>another template is called &quot;%1&quot;</source>
        <translation>الگوی دیگری «%1» نام دارد</translation>
    </message>
</context>
<context>
    <name>ThreadDocument</name>
    <message>
        <source> Private note: the customer does not see it</source>
        <translation> یادداشت خصوصی: مشتری آن را نمی‌بیند</translation>
    </message>
    <message>
        <source>automated assistant</source>
        <translation>دستیار خودکار</translation>
    </message>
    <message>
        <source>⏳ Pending: not on the server yet</source>
        <translation>⏳ در انتظار: هنوز روی سرور نیست</translation>
    </message>
    <message>
        <source>⚠ Not delivered</source>
        <translation>⚠ تحویل نشد</translation>
    </message>
    <message>
        <source>⚠ The customer wrote faster than the web chat allows. Their page gave back what they typed and asked them to wait a moment before sending it again.</source>
        <translation>⚠ مشتری سریع‌تر از حدی که گفتگوی وب اجازه می‌دهد نوشت. صفحه‌اش آنچه را تایپ کرده بود به او برگرداند و خواست کمی صبر کند و دوباره بفرستد.</translation>
    </message>
    <message>
        <source>Notice from the server: %1</source>
        <translation>اعلان از سرور: %1</translation>
    </message>
</context>
<context>
    <name>TrainingLaunch</name>
    <message>
        <source>Empathy Desk cannot open the training pack</source>
        <translation>Empathy Desk نمی‌تواند بستهٔ آموزشی را باز کند</translation>
    </message>
    <message>
        <source>%1 holds no conversation to import</source>
        <translation>%1 هیچ گفتگویی برای وارد کردن ندارد</translation>
    </message>
    <message>
        <source>%1 conversations from %2 into %3; replaced: %4%5</source>
        <translation>%1 گفتگو از %2 به %3؛ جایگزین‌شده: %4%5</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>; %1 problem(s) reported above</source>
        <translation>؛ %1 مشکل در بالا گزارش شد</translation>
    </message>
    <message>
        <source>Replay it with: empathy-desk --replay %1</source>
        <translation>بازپخش با: empathy-desk --replay %1</translation>
    </message>
    <message>
        <source>%1 holds no conversations</source>
        <translation>%1 هیچ گفتگویی ندارد</translation>
    </message>
    <message>
        <source>the emotion engine is not available: %1</source>
        <translation>موتور احساسات در دسترس نیست: %1</translation>
    </message>
    <message>
        <source>cannot make the replay&apos;s scratch cache: %1</source>
        <translation>حافظهٔ نهان موقت بازپخش ساخته نمی‌شود: %1</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>آموزش‌دهنده</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1</source>
        <translation>تصویر صفحه در %1 نوشته نمی‌شود</translation>
    </message>
    <message>
        <source>screenshot written to %1 (%2x%3)</source>
        <translation>تصویر صفحه در %1 نوشته شد (%2x%3)</translation>
    </message>
</context>
<context>
    <name>TrainingPackExport</name>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>حافظهٔ محلی خوانده نشد: %1</translation>
    </message>
    <message>
        <source>None of these conversations has messages in this desk.</source>
        <translation>هیچ‌یک از این گفتگوها در این میز پیامی ندارد.</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>Empathy Desk is not translated into “%1”.</source>
        <translation>Empathy Desk به «%1» ترجمه نشده است.</translation>
    </message>
    <message>
        <source>The %1 translation is missing from this build.</source>
        <translation>ترجمهٔ %1 در این نسخه نیست.</translation>
    </message>
</context>
<context>
    <name>empathy::ApprovalQueueModel</name>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه چیزی</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>درخواست‌کننده</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>زمان درخواست</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>حال</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
</context>
<context>
    <name>empathy::ApprovalQueueView</name>
    <message>
        <source>Compensations waiting for a team lead</source>
        <translation>جبران‌هایی که در انتظار سرپرست تیم‌اند</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>تأیید…</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>رد…</translation>
    </message>
    <message>
        <source>Open the conversation</source>
        <translation>باز کردن گفتگو</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>نامعلوم</translation>
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
        <translation>جبران برای مشتری</translation>
    </message>
    <message>
        <source>No particular order</source>
        <translation>بدون سفارش مشخص</translation>
    </message>
    <message>
        <source>Order #%1 · %2</source>
        <translation>سفارش شمارهٔ %1 · %2</translation>
    </message>
    <message>
        <source>Why: what went wrong for the customer (kept for the audit)</source>
        <translation>چرا: چه چیزی برای مشتری درست پیش نرفت (برای حسابرسی نگه داشته می‌شود)</translation>
    </message>
    <message>
        <source>The company&apos;s limits apply: over them, a team lead decides, and the customer&apos;s history shows it as waiting until then.</source>
        <translation>محدودیت‌های شرکت اعمال می‌شود: بالاتر از آن‌ها سرپرست تیم تصمیم می‌گیرد و تا آن زمان تاریخچهٔ مشتری آن را در انتظار نشان می‌دهد.</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;چه چیزی</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;سفارش</translation>
    </message>
    <message>
        <source>&amp;Percent</source>
        <translation>&amp;درصد</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;مبلغ</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;دلیل</translation>
    </message>
    <message>
        <source>&amp;Give</source>
        <translation>&amp;اعطا</translation>
    </message>
    <message>
        <source>A refund is for one of the customer&apos;s orders: choose it.</source>
        <translation>بازپرداخت برای یکی از سفارش‌های مشتری است: آن را برگزینید.</translation>
    </message>
    <message>
        <source>Give the currency as its three-letter code, such as EUR.</source>
        <translation>واحد پول را با کد سه‌حرفی‌اش بنویسید، مانند EUR.</translation>
    </message>
    <message>
        <source>Give an amount greater than zero, such as %1.</source>
        <translation>مبلغی بزرگ‌تر از صفر بنویسید، مانند %1.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept with the compensation.</source>
        <translation>دلیل را بگویید: همراه جبران نگه داشته می‌شود.</translation>
    </message>
</context>
<context>
    <name>empathy::ConversationView</name>
    <message>
        <source>Select a conversation in the inbox to read it and reply.</source>
        <translation>برای خواندن و پاسخ دادن، گفتگویی را در صندوق برگزینید.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>گفتگو</translation>
    </message>
    <message>
        <source>The messages of the conversation with their mood badges; Tab moves between the badges, Enter corrects one</source>
        <translation>پیام‌های گفتگو با نشان‌های حال؛ Tab میان نشان‌ها جابه‌جا می‌شود، Enter یکی را اصلاح می‌کند</translation>
    </message>
    <message>
        <source>Correct the mood</source>
        <translation>اصلاح حال</translation>
    </message>
    <message>
        <source>This message is really…</source>
        <translation>این پیام در واقع…</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>زبان: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>واگذارشده به %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>واگذار نشده</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>موضوع: %1</translation>
    </message>
</context>
<context>
    <name>empathy::CustomerPanel</name>
    <message>
        <source>unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>Web chat</source>
        <translation>گفتگوی وب</translation>
    </message>
    <message>
        <source>Customer history</source>
        <translation>تاریخچهٔ مشتری</translation>
    </message>
    <message>
        <source>Tone not noted yet</source>
        <translation>لحن هنوز ثبت نشده</translation>
    </message>
    <message>
        <source>Prefers a formal tone</source>
        <translation>لحن رسمی را ترجیح می‌دهد</translation>
    </message>
    <message>
        <source>Prefers a warm tone</source>
        <translation>لحن گرم را ترجیح می‌دهد</translation>
    </message>
    <message>
        <source>Preferred tone</source>
        <translation>لحن ترجیحی</translation>
    </message>
    <message>
        <source>How this customer likes to be addressed; the tone coach checks replies against it.</source>
        <translation>این مشتری دوست دارد چگونه خطاب شود؛ مربی لحن پاسخ‌ها را با آن می‌سنجد.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>پیام‌ها</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>سفارش‌ها</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>نظرسنجی‌ها</translation>
    </message>
    <message>
        <source>Apologies</source>
        <translation>عذرخواهی‌ها</translation>
    </message>
    <message>
        <source>Compensations</source>
        <translation>جبران‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Shows or hides this kind of event in the timeline</source>
        <translation>این نوع رویداد را در خط زمانی نشان می‌دهد یا پنهان می‌کند</translation>
    </message>
    <message>
        <source>Compensate…</source>
        <translation>جبران…</translation>
    </message>
    <message>
        <source>Give the customer a discount, voucher, free shipping, gift or refund, within the company&apos;s limits (Ctrl+Shift+C)</source>
        <translation>به مشتری تخفیف، کارت هدیه، ارسال رایگان، هدیه یا بازپرداخت بدهید، در محدودهٔ شرکت (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Everything that happened with this customer, newest first; the context menu key offers actions</source>
        <translation>هر آنچه با این مشتری رخ داده، از تازه‌ترین؛ کلید منوی زمینه اقدام‌ها را پیشنهاد می‌کند</translation>
    </message>
    <message>
        <source>Empathy map</source>
        <translation>نقشهٔ همدلی</translation>
    </message>
    <message>
        <source>Tell the customer</source>
        <translation>به مشتری بگویید</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>تأیید…</translation>
    </message>
    <message>
        <source>Deny…</source>
        <translation>رد…</translation>
    </message>
    <message>
        <source>Reverse…</source>
        <translation>لغو…</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>هیچ مشتری‌ای برگزیده نشده</translation>
    </message>
    <message>
        <source>prefers %1</source>
        <translation>%1 را ترجیح می‌دهد</translation>
    </message>
    <message>
        <source>Lifetime value: %1</source>
        <translation>ارزش مشتری: %1</translation>
    </message>
    <message>
        <source>no orders yet</source>
        <translation>هنوز سفارشی ندارد</translation>
    </message>
    <message>
        <source>Conversations: %1 open of %2</source>
        <translation>گفتگوها: %1 باز از %2</translation>
    </message>
    <message>
        <source>Reached out unasked: %1 in 7 days, %2 in 30 days</source>
        <translation>تماس بی‌درخواست: %1 در ۷ روز، %2 در ۳۰ روز</translation>
    </message>
    <message>
        <source>the limit is %1: think twice before one more</source>
        <translation>حد مجاز %1 است: پیش از یکی دیگر دوباره فکر کنید</translation>
    </message>
    <message>
        <source>Order #%1: %2 contacts in %3</source>
        <translation>سفارش شمارهٔ %1: %2 تماس در %3</translation>
    </message>
    <message>
        <source>Everything that happened with this customer: messages, orders, surveys, apologies, compensations and notes</source>
        <translation>هر آنچه با این مشتری رخ داده: پیام‌ها، سفارش‌ها، نظرسنجی‌ها، عذرخواهی‌ها، جبران‌ها و یادداشت‌ها</translation>
    </message>
    <message>
        <source>What the customer says, thinks, does and feels, with suggestions from their messages</source>
        <translation>آنچه مشتری می‌گوید، فکر می‌کند، انجام می‌دهد و احساس می‌کند، با پیشنهادهایی از پیام‌هایش</translation>
    </message>
</context>
<context>
    <name>empathy::EmpathyMapView</name>
    <message>
        <source>Accept</source>
        <translation>پذیرفتن</translation>
    </message>
    <message>
        <source>Edit and accept…</source>
        <translation>ویرایش و پذیرفتن…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>افزودن به %1</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>مرحلهٔ سفر مشتری</translation>
    </message>
    <message>
        <source>Stage not noted</source>
        <translation>مرحله ثبت نشده</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>پیش از خرید</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>تحویل</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>پشتیبانی</translation>
    </message>
    <message>
        <source>After</source>
        <translation>پس از آن</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the map as a picture</source>
        <translation>ذخیرهٔ نقشه به صورت تصویر</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the map as a PDF document</source>
        <translation>ذخیرهٔ نقشه به صورت سند PDF</translation>
    </message>
    <message>
        <source>Notes and suggestions; Enter edits or accepts one, the context menu key offers more</source>
        <translation>یادداشت‌ها و پیشنهادها؛ Enter یکی را ویرایش می‌کند یا می‌پذیرد، کلید منوی زمینه گزینه‌های بیشتری دارد</translation>
    </message>
    <message>
        <source>Add a note to %1</source>
        <translation>افزودن یادداشت به %1</translation>
    </message>
    <message>
        <source>Says</source>
        <translation>می‌گوید</translation>
    </message>
    <message>
        <source>Thinks</source>
        <translation>فکر می‌کند</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>انجام می‌دهد</translation>
    </message>
    <message>
        <source>Feels</source>
        <translation>احساس می‌کند</translation>
    </message>
    <message>
        <source>Pains</source>
        <translation>دردها</translation>
    </message>
    <message>
        <source>Gains</source>
        <translation>دستاوردها</translation>
    </message>
    <message>
        <source>⚠ Written at the same time as another version: %1</source>
        <translation>⚠ هم‌زمان با نسخهٔ دیگری نوشته شد: %1</translation>
    </message>
    <message>
        <source>(not saved: %1)</source>
        <translation>(ذخیره نشد: %1)</translation>
    </message>
    <message>
        <source>(saving…)</source>
        <translation>(در حال ذخیره…)</translation>
    </message>
    <message>
        <source>Suggested: %1</source>
        <translation>پیشنهاد: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>is unsure: “%1”</source>
        <translation>مطمئن نیست: «%1»</translation>
    </message>
    <message>
        <source>threatened to leave or asked for a refund: “%1”</source>
        <translation>تهدید به رفتن کرد یا بازپرداخت خواست: «%1»</translation>
    </message>
    <message>
        <source>contacted us %1 times about order #%2 in %3 days</source>
        <translation>%1 بار دربارهٔ سفارش شمارهٔ %2 در %3 روز با ما تماس گرفت</translation>
    </message>
    <message>
        <source>order #%1 is still not sorted out</source>
        <translation>سفارش شمارهٔ %1 هنوز حل نشده است</translation>
    </message>
    <message>
        <source>gave us %1 of 10 (NPS)</source>
        <translation>به ما %1 از ۱۰ داد (NPS)</translation>
    </message>
    <message>
        <source>rated us %1 of 5 (CSAT)</source>
        <translation>به ما %1 از ۵ داد (CSAT)</translation>
    </message>
    <message>
        <source>went wrong: “%1”</source>
        <translation>مشکل پیش آمد: «%1»</translation>
    </message>
    <message>
        <source>glad of “%1”</source>
        <translation>خوشحال از «%1»</translation>
    </message>
    <message>
        <source>would recommend us, %1 of 10 (NPS)</source>
        <translation>ما را پیشنهاد می‌کند، %1 از ۱۰ (NPS)</translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation>پذیرفتن پیشنهاد</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>ویرایش یادداشت</translation>
    </message>
    <message>
        <source>What the customer says, thinks, does or feels:</source>
        <translation>آنچه مشتری می‌گوید، فکر می‌کند، انجام می‌دهد یا احساس می‌کند:</translation>
    </message>
    <message>
        <source>Empathy map</source>
        <translation>نقشهٔ همدلی</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>تصاویر PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>سندهای PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the empathy map</source>
        <translation>ذخیرهٔ نقشهٔ همدلی</translation>
    </message>
    <message>
        <source>empathy-map</source>
        <translation>نقشه-همدلی</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>The empathy map could not be written to %1.</source>
        <translation>نقشهٔ همدلی در %1 نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>empathy::FilterBar</name>
    <message>
        <source>Search messages and customers (Ctrl+K)</source>
        <translation>جستجو در پیام‌ها و مشتریان (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جستجو</translation>
    </message>
    <message>
        <source>Finds conversations by the words of their messages or the customer&apos;s name; Enter moves to the results</source>
        <translation>گفتگوها را با واژه‌های پیام‌ها یا نام مشتری پیدا می‌کند؛ Enter به نتایج می‌رود</translation>
    </message>
    <message>
        <source>Whose conversations</source>
        <translation>گفتگوهای چه کسی</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>مال من</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>واگذار نشده</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Open and pending</source>
        <translation>باز و در انتظار</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>هر وضعیتی</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>همهٔ کانال‌ها</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>همهٔ زبان‌ها</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>ترتیب</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>تازه‌ترین‌ها اول</translation>
    </message>
    <message>
        <source>Longest waiting</source>
        <translation>طولانی‌ترین انتظار</translation>
    </message>
    <message>
        <source>Due soonest</source>
        <translation>نزدیک‌ترین موعد</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>نیازمند توجه</translation>
    </message>
</context>
<context>
    <name>empathy::HistoryDelegate</name>
    <message>
        <source>%1 · apology</source>
        <translation>%1 · عذرخواهی</translation>
    </message>
    <message>
        <source>%1 · customer</source>
        <translation>%1 · مشتری</translation>
    </message>
    <message>
        <source>%1 · us</source>
        <translation>%1 · ما</translation>
    </message>
    <message>
        <source>turning point</source>
        <translation>نقطهٔ عطف</translation>
    </message>
    <message>
        <source>Order #%1 · %2</source>
        <translation>سفارش شمارهٔ %1 · %2</translation>
    </message>
    <message>
        <source>mood %1 → %2</source>
        <translation>حال %1 → %2</translation>
    </message>
    <message>
        <source>mood before %1</source>
        <translation>حال پیش از آن: %1</translation>
    </message>
    <message>
        <source>Empathy map · %1</source>
        <translation>نقشهٔ همدلی · %1</translation>
    </message>
    <message>
        <source>Survey · NPS %1 of 10</source>
        <translation>نظرسنجی · NPS %1 از ۱۰</translation>
    </message>
    <message>
        <source>Survey · CSAT %1 of 5</source>
        <translation>نظرسنجی · CSAT %1 از ۵</translation>
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
        <translation>حال هنوز معلوم نیست</translation>
    </message>
    <message>
        <source>Customer&apos;s mood: %1 (%2), %3</source>
        <comment>mood word, valence -1..+1, trend</comment>
        <translation>حال مشتری: %1 (%2)، %3</translation>
    </message>
    <message>
        <source>You: %1</source>
        <comment>inbox preview of our own last reply</comment>
        <translation>شما: %1</translation>
    </message>
    <message>
        <source>Waiting %1</source>
        <translation>در انتظار %1</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>مال من</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>واگذار نشده</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>اولویت بالا</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
</context>
<context>
    <name>empathy::InboxView</name>
    <message>
        <source>Inbox</source>
        <translation>صندوق</translation>
    </message>
    <message>
        <source>Conversations from every channel. Arrow keys move, Enter opens.</source>
        <translation>گفتگوها از همهٔ کانال‌ها. کلیدهای جهت جابه‌جا می‌کنند، Enter باز می‌کند.</translation>
    </message>
</context>
<context>
    <name>empathy::LoginDialog</name>
    <message>
        <source>Log in to Empathy Desk</source>
        <translation>ورود به Empathy Desk</translation>
    </message>
    <message>
        <source>ws://server:8765</source>
        <translation>ws://server:8765</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>نشانی سرور</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Not needed while your last session is valid</source>
        <translation>تا زمانی که نشست قبلی معتبر است، لازم نیست</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;سرور:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;نام کاربری:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>The server address looks like ws://host:port or wss://host:port.</source>
        <translation>نشانی سرور به شکل ws://میزبان:درگاه یا wss://میزبان:درگاه است.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>نام کاربری خود را وارد کنید.</translation>
    </message>
</context>
<context>
    <name>empathy::MainWindow</name>
    <message>
        <source>Note not removed</source>
        <translation>یادداشت حذف نشد</translation>
    </message>
    <message>
        <source>Stage not saved</source>
        <translation>مرحله ذخیره نشد</translation>
    </message>
    <message>
        <source>Empathy Desk</source>
        <translation>Empathy Desk</translation>
    </message>
    <message>
        <source>Compensations over agents&apos; limits, waiting for a team lead</source>
        <translation>جبران‌های فراتر از حد کارشناسان که در انتظار سرپرست تیم‌اند</translation>
    </message>
    <message>
        <source>Training pack…</source>
        <translation>بستهٔ آموزشی…</translation>
    </message>
    <message>
        <source>Export conversations for trainers, with customers&apos; personal data replaced</source>
        <translation>صدور گفتگوها برای آموزش‌دهندگان، با جایگزینی داده‌های شخصی مشتریان</translation>
    </message>
    <message>
        <source>The team&apos;s live conversations and alerts (Ctrl+Shift+S)</source>
        <translation>گفتگوهای زنده و هشدارهای تیم (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>میان‌برها</translation>
    </message>
    <message>
        <source>The keyboard shortcuts (F1)</source>
        <translation>میان‌برهای صفحه‌کلید (F1)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>تنظیمات…</translation>
    </message>
    <message>
        <source>Language, theme, notifications, server and tone coach (Ctrl+,)</source>
        <translation>زبان، پوسته، اعلان‌ها، سرور و مربی لحن (Ctrl+,)</translation>
    </message>
    <message>
        <source>Conversations in the inbox</source>
        <translation>گفتگوهای صندوق</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>اقدام‌های در انتظار ارسال</translation>
    </message>
    <message>
        <source>The server refused an action: %1</source>
        <translation>سرور اقدامی را نپذیرفت: %1</translation>
    </message>
    <message>
        <source>Could not mark the conversation read: %1</source>
        <translation>گفتگو خوانده‌شده علامت نخورد: %1</translation>
    </message>
    <message>
        <source>Contact the customer again?</source>
        <translation>دوباره با مشتری تماس بگیرید؟</translation>
    </message>
    <message>
        <source>%1 has not written since our last message, and we already reached out unasked %2 times in the last 7 days (the limit is %3). Send this anyway?</source>
        <translation>%1 از آخرین پیام ما چیزی ننوشته است و ما در ۷ روز گذشته %2 بار بی‌درخواست با او تماس گرفته‌ایم (حد مجاز %3 است). باز هم فرستاده شود؟</translation>
    </message>
    <message>
        <source>Reply not saved</source>
        <translation>پاسخ ذخیره نشد</translation>
    </message>
    <message>
        <source>The reply could not be saved in the local cache: %1</source>
        <translation>پاسخ در حافظهٔ نهان محلی ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Reply saved. It stays marked pending until the server has it.</source>
        <translation>پاسخ ذخیره شد. تا زمانی که سرور آن را دریافت کند، در انتظار علامت می‌خورد.</translation>
    </message>
    <message>
        <source>Apology drafted in the customer&apos;s language: edit it before sending.</source>
        <translation>عذرخواهی به زبان مشتری آماده شد: پیش از ارسال آن را ویرایش کنید.</translation>
    </message>
    <message>
        <source>Correction not saved</source>
        <translation>اصلاح ذخیره نشد</translation>
    </message>
    <message>
        <source>The correction could not be saved in the local cache: %1</source>
        <translation>اصلاح در حافظهٔ نهان محلی ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Mood corrected. Thank you: corrections help the engine improve.</source>
        <translation>حال اصلاح شد. سپاس: اصلاح‌ها به بهتر شدن موتور کمک می‌کنند.</translation>
    </message>
    <message>
        <source>Tone not saved</source>
        <translation>لحن ذخیره نشد</translation>
    </message>
    <message>
        <source>The customer&apos;s tone could not be saved in the local cache: %1</source>
        <translation>لحن مشتری در حافظهٔ نهان محلی ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>It could not be saved in the local cache: %1</source>
        <translation>در حافظهٔ نهان محلی ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Compensation not saved</source>
        <translation>جبران ذخیره نشد</translation>
    </message>
    <message>
        <source>Note not saved</source>
        <translation>یادداشت ذخیره نشد</translation>
    </message>
    <message>
        <source>Approve the compensation</source>
        <translation>تأیید جبران</translation>
    </message>
    <message>
        <source>Deny the compensation</source>
        <translation>رد جبران</translation>
    </message>
    <message>
        <source>Note for the agent (optional):</source>
        <translation>یادداشت برای کارشناس (اختیاری):</translation>
    </message>
    <message>
        <source>Why not (the agent sees it):</source>
        <translation>چرا نه (کارشناس آن را می‌بیند):</translation>
    </message>
    <message>
        <source>Decision not saved</source>
        <translation>تصمیم ذخیره نشد</translation>
    </message>
    <message>
        <source>Reverse the compensation</source>
        <translation>لغو جبران</translation>
    </message>
    <message>
        <source>Why it is taken back (kept for the audit):</source>
        <translation>چرا پس گرفته می‌شود (برای حسابرسی نگه داشته می‌شود):</translation>
    </message>
    <message>
        <source>Reversal not saved</source>
        <translation>لغو ذخیره نشد</translation>
    </message>
    <message>
        <source>The template “%1” has errors: %2</source>
        <translation>الگوی «%1» خطا دارد: %2</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>حل نشد</translation>
    </message>
    <message>
        <source>Resolved. The customer is asked how satisfied they are.</source>
        <translation>حل شد. از مشتری پرسیده می‌شود چقدر راضی است.</translation>
    </message>
    <message>
        <source>Export a training pack</source>
        <translation>صدور بستهٔ آموزشی</translation>
    </message>
    <message>
        <source>Which conversations go into the pack? Names, e-mail addresses, phone numbers, order and card numbers and addresses are replaced; the pack lists what was replaced.</source>
        <translation>کدام گفتگوها در بسته قرار بگیرند؟ نام‌ها، نشانی‌های ایمیل، شماره‌های تلفن، شماره‌های سفارش و کارت و نشانی‌ها جایگزین می‌شوند؛ بسته فهرست جایگزین‌شده‌ها را دارد.</translation>
    </message>
    <message>
        <source>The open conversation</source>
        <translation>گفتگوی باز</translation>
    </message>
    <message numerus="yes">
        <source>The %n conversation(s) the inbox shows</source>
        <translation>
            <numerusform>%n گفتگویی که صندوق نشان می‌دهد</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the training pack</source>
        <translation>ذخیرهٔ بستهٔ آموزشی</translation>
    </message>
    <message>
        <source>Training packs (*.empathypack)</source>
        <translation>بسته‌های آموزشی (*.empathypack)</translation>
    </message>
    <message>
        <source>The training pack was not written</source>
        <translation>بستهٔ آموزشی نوشته نشد</translation>
    </message>
    <message>
        <source>Exported from Empathy Desk</source>
        <translation>صادرشده از Empathy Desk</translation>
    </message>
    <message numerus="yes">
        <source>Training pack written to %1: %n conversation(s), %2 personal values replaced</source>
        <translation>
            <numerusform>بستهٔ آموزشی در %1 نوشته شد: %n گفتگو، %2 دادهٔ شخصی جایگزین شد</numerusform>
        </translation>
    </message>
    <message>
        <source>Compensations waiting for a team lead</source>
        <translation>جبران‌هایی که در انتظار سرپرست تیم‌اند</translation>
    </message>
    <message>
        <source>Waiting for a lead: %1</source>
        <translation>در انتظار سرپرست: %1</translation>
    </message>
    <message numerus="yes">
        <source>Supervisor view: %n open alert(s)</source>
        <translation>
            <numerusform>نمای سرپرست: %n هشدار باز</numerusform>
        </translation>
    </message>
    <message>
        <source>Supervisor view</source>
        <translation>نمای سرپرست</translation>
    </message>
    <message>
        <source>Conversations: %1</source>
        <translation>گفتگوها: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>در انتظار ارسال: %1</translation>
    </message>
    <message>
        <source>Replacing names and personal data…</source>
        <translation>در حال جایگزینی نام‌ها و داده‌های شخصی…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Training pack export cancelled; nothing was written.</source>
        <translation>خروجی بستهٔ آموزشی لغو شد؛ چیزی نوشته نشد.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغو شد</translation>
    </message>
</context>
<context>
    <name>empathy::ReplaySession</name>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>System</source>
        <translation>سامانه</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
</context>
<context>
    <name>empathy::ReplayTimeline</name>
    <message>
        <source>Replay timeline</source>
        <translation>خط زمانی بازپخش</translation>
    </message>
    <message>
        <source>The customer&apos;s mood over the conversation; click to move the replay there</source>
        <translation>حال مشتری در طول گفتگو؛ برای بردن بازپخش به آنجا کلیک کنید</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>پیام %1</translation>
    </message>
    <message>
        <source>The customer&apos;s mood turns here.</source>
        <translation>حال مشتری اینجا تغییر می‌کند.</translation>
    </message>
</context>
<context>
    <name>empathy::ReplayWindow</name>
    <message>
        <source>no personal data was found to replace</source>
        <translation>هیچ دادهٔ شخصی برای جایگزینی یافت نشد</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n نام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n نشانی ایمیل</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n شمارهٔ تلفن</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card number(s)</source>
        <translation>
            <numerusform>%n شمارهٔ کارت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order number(s)</source>
        <translation>
            <numerusform>%n شمارهٔ سفارش</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es)</source>
        <translation>
            <numerusform>%n نشانی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n پیوند</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other number(s)</source>
        <translation>
            <numerusform>%n شمارهٔ دیگر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other value(s)</source>
        <translation>
            <numerusform>%n مقدار دیگر</numerusform>
        </translation>
    </message>
    <message>
        <source>replaced: %1</source>
        <translation>جایگزین‌شده: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n message(s)</source>
        <translation>
            <numerusform>%1 · %n پیام</numerusform>
        </translation>
    </message>
    <message>
        <source>Pin a comment</source>
        <translation>سنجاق کردن یک نظر</translation>
    </message>
    <message>
        <source>Comment on message %1:</source>
        <translation>نظر دربارهٔ پیام %1:</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>بازپخش: %1</translation>
    </message>
    <message>
        <source>training pack</source>
        <translation>بستهٔ آموزشی</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <source>Conversations of the pack</source>
        <translation>گفتگوهای بسته</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>یادداشت‌گذاری‌ها</translation>
    </message>
    <message>
        <source>Pin a comment…</source>
        <translation>سنجاق کردن یک نظر…</translation>
    </message>
    <message>
        <source>Pins a comment to the last message shown; it is saved in the pack</source>
        <translation>نظری را به آخرین پیام نمایش‌داده سنجاق می‌کند؛ در بسته ذخیره می‌شود</translation>
    </message>
    <message>
        <source>Practice result</source>
        <translation>نتیجهٔ تمرین</translation>
    </message>
    <message>
        <source>Turn on Practice: the replay stops where the agent answered the customer, you write your reply, and it is compared with the agent&apos;s.</source>
        <translation>تمرین را روشن کنید: بازپخش جایی که کارشناس به مشتری پاسخ داد می‌ایستد، شما پاسخ خود را می‌نویسید و با پاسخ کارشناس مقایسه می‌شود.</translation>
    </message>
    <message>
        <source>Empathy map</source>
        <translation>نقشهٔ همدلی</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>تمرین</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n گفتگو</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>بازپخش</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>پخش یا مکث (Space)</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>یک گام به عقب</translation>
    </message>
    <message>
        <source>Hide the last message (Alt+Left)</source>
        <translation>پنهان کردن آخرین پیام (Alt+چپ)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>یک گام</translation>
    </message>
    <message>
        <source>Show the next message (Alt+Right)</source>
        <translation>نمایش پیام بعدی (Alt+راست)</translation>
    </message>
    <message>
        <source>Previous turning point</source>
        <translation>نقطهٔ عطف قبلی</translation>
    </message>
    <message>
        <source>Jump back to where the customer&apos;s mood turned (Alt+Up)</source>
        <translation>بازگشت به جایی که حال مشتری تغییر کرد (Alt+بالا)</translation>
    </message>
    <message>
        <source>Next turning point</source>
        <translation>نقطهٔ عطف بعدی</translation>
    </message>
    <message>
        <source>Jump to where the customer&apos;s mood turns next (Alt+Down)</source>
        <translation>پرش به جایی که حال مشتری بار دیگر تغییر می‌کند (Alt+پایین)</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>&amp;سرعت</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>سرعت بازپخش</translation>
    </message>
    <message>
        <source>Stop where the agent answered, so you can answer first</source>
        <translation>جایی که کارشناس پاسخ داد بایست تا شما نخست پاسخ دهید</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>مکث</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>پخش</translation>
    </message>
    <message>
        <source>Message %1 of %2</source>
        <translation>پیام %1 از %2</translation>
    </message>
    <message>
        <source>your turn to answer</source>
        <translation>نوبت پاسخ شماست</translation>
    </message>
    <message>
        <source>Message %1 — %2</source>
        <translation>پیام %1 — %2</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>نظر ذخیره نشد</translation>
    </message>
    <message>
        <source>The comment could not be saved in the pack (%1). It stays here and is saved with the next one.</source>
        <translation>نظر در بسته ذخیره نشد (%1). همین‌جا می‌ماند و با نظر بعدی ذخیره می‌شود.</translation>
    </message>
    <message>
        <source>Your turn: answer the customer in the reply box, then press Compare to see the agent&apos;s reply.</source>
        <translation>نوبت شماست: در کادر پاسخ به مشتری پاسخ دهید، سپس «مقایسه» را بزنید تا پاسخ کارشناس را ببینید.</translation>
    </message>
    <message>
        <source>Tone: passes %1 of %2 checks</source>
        <translation>لحن: %1 از %2 بررسی را گذراند</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>پاسخ شما</translation>
    </message>
    <message>
        <source>The agent&apos;s reply</source>
        <translation>پاسخ کارشناس</translation>
    </message>
</context>
<context>
    <name>empathy::ReplyBox</name>
    <message>
        <source>Send</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Sends the reply to the customer (Ctrl+Enter)</source>
        <translation>پاسخ را برای مشتری می‌فرستد (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Apologise</source>
        <translation>عذرخواهی</translation>
    </message>
    <message>
        <source>Drafts a personal apology in the customer&apos;s language and tone, naming their problem; edit it before sending (Ctrl+Shift+A)</source>
        <translation>عذرخواهی شخصی به زبان و لحن مشتری، با نام بردن از مشکلش، آماده می‌کند؛ پیش از ارسال ویرایشش کنید (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حل</translation>
    </message>
    <message>
        <source>Mark the conversation resolved; the customer is asked how satisfied they are</source>
        <translation>گفتگو را حل‌شده علامت بزنید؛ از مشتری پرسیده می‌شود چقدر راضی است</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>الگوها</translation>
    </message>
    <message>
        <source>Insert a reply template filled in for this customer (Ctrl+T)</source>
        <translation>درج الگوی پاسخ پرشده برای این مشتری (Ctrl+T)</translation>
    </message>
    <message>
        <source>Ctrl+Enter to send</source>
        <translation>Ctrl+Enter برای ارسال</translation>
    </message>
    <message>
        <source>Tone coach</source>
        <translation>مربی لحن</translation>
    </message>
    <message>
        <source>Suggestions about the tone of the reply being written</source>
        <translation>پیشنهادهایی دربارهٔ لحن پاسخی که در حال نوشتن است</translation>
    </message>
    <message>
        <source>Write a reply…</source>
        <translation>پاسخی بنویسید…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>پاسخ</translation>
    </message>
    <message>
        <source>The reply to the customer; Ctrl+Enter sends it, Tab moves on</source>
        <translation>پاسخ به مشتری؛ Ctrl+Enter آن را می‌فرستد، Tab به بعدی می‌رود</translation>
    </message>
    <message>
        <source>“%1” sounds like a stock phrase: say it in your own words.</source>
        <translation>«%1» مانند عبارتی کلیشه‌ای است: آن را با واژه‌های خودتان بگویید.</translation>
    </message>
    <message>
        <source>Address %1 by name.</source>
        <translation>%1 را با نامش خطاب کنید.</translation>
    </message>
    <message>
        <source>The customer prefers a formal tone; “%1” sounds casual.</source>
        <translation>مشتری لحن رسمی را ترجیح می‌دهد؛ «%1» خودمانی به نظر می‌رسد.</translation>
    </message>
    <message>
        <source>The customer prefers a warm tone; “%1” sounds stiff.</source>
        <translation>مشتری لحن گرم را ترجیح می‌دهد؛ «%1» خشک به نظر می‌رسد.</translation>
    </message>
    <message>
        <source>The customer is upset: acknowledge it and apologise.</source>
        <translation>مشتری ناراحت است: آن را بپذیرید و عذرخواهی کنید.</translation>
    </message>
    <message>
        <source>The customer writes in %1, but this reply looks like %2.</source>
        <translation>مشتری به %1 می‌نویسد، اما این پاسخ به %2 می‌ماند.</translation>
    </message>
    <message>
        <source>Edit templates…</source>
        <translation>ویرایش الگوها…</translation>
    </message>
</context>
<context>
    <name>empathy::SentimentChart</name>
    <message>
        <source>Customer&apos;s sentiment over time</source>
        <translation>حال مشتری در گذر زمان</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>حال</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>پیام‌ها</translation>
    </message>
    <message>
        <source>Turning points</source>
        <translation>نقطه‌های عطف</translation>
    </message>
    <message>
        <source>negative … positive</source>
        <translation>منفی … مثبت</translation>
    </message>
</context>
<context>
    <name>empathy::SettingsDialog</name>
    <message>
        <source>The server address must look like wss://desk.example.com:8443 (or ws:// on a trusted network).</source>
        <translation>نشانی سرور باید مانند wss://desk.example.com:8443 باشد (یا ws:// در شبکه‌ای مورد اعتماد).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>زبان و ظاهر</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>مانند سامانه (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The language of Empathy Desk; it changes at once</source>
        <translation>زبان Empathy Desk؛ بی‌درنگ تغییر می‌کند</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;پوسته:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>مانند سامانه</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>تیره</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>کنتراست بالا</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>پوسته</translation>
    </message>
    <message>
        <source>Colours of the whole application; high contrast is white on black</source>
        <translation>رنگ‌های کل برنامه؛ کنتراست بالا یعنی سفید روی سیاه</translation>
    </message>
    <message>
        <source>Text &amp;size:</source>
        <translation>&amp;اندازهٔ متن:</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>text size as a percentage of the system&apos;s</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>اندازهٔ متن</translation>
    </message>
    <message>
        <source>The size of all text, relative to the system&apos;s font size</source>
        <translation>اندازهٔ همهٔ متن‌ها نسبت به اندازهٔ قلم سامانه</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>اعلان‌ها</translation>
    </message>
    <message>
        <source>&amp;Flash the taskbar when one of my customers writes</source>
        <translation>&amp;چشمک زدن نوار وظیفه وقتی یکی از مشتریان من می‌نویسد</translation>
    </message>
    <message>
        <source>Show a desktop &amp;message for every new alert (team leads)</source>
        <translation>نمایش &amp;پیام روی میزکار برای هر هشدار تازه (سرپرستان تیم)</translation>
    </message>
    <message>
        <source>Play a s&amp;ound with alerts (team leads)</source>
        <translation>پخش &amp;صدا همراه هشدارها (سرپرستان تیم)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>سرور</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;نشانی سرور:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>نشانی سرور</translation>
    </message>
    <message>
        <source>Where Empathy Desk logs in when it is started without a server</source>
        <translation>جایی که Empathy Desk وقتی بدون سرور اجرا شود وارد آن می‌شود</translation>
    </message>
    <message>
        <source>The demo runs its own server on this computer; this address is used when Empathy Desk is started without --demo.</source>
        <translation>نسخهٔ نمایشی سرور خودش را روی این رایانه اجرا می‌کند؛ این نشانی وقتی به کار می‌رود که Empathy Desk بدون --demo اجرا شود.</translation>
    </message>
    <message>
        <source>Changing it asks for the log-in to the new server.</source>
        <translation>تغییر آن ورود به سرور تازه را می‌خواهد.</translation>
    </message>
    <message>
        <source>Tone coach</source>
        <translation>مربی لحن</translation>
    </message>
    <message>
        <source>Point out stock phrases and clichés</source>
        <translation>نشان دادن عبارت‌های کلیشه‌ای و تکراری</translation>
    </message>
    <message>
        <source>Remind me to address the customer by name</source>
        <translation>یادآوری خطاب کردن مشتری با نامش</translation>
    </message>
    <message>
        <source>Check the reply matches the customer&apos;s formal or warm tone</source>
        <translation>بررسی هماهنگی پاسخ با لحن رسمی یا گرم مشتری</translation>
    </message>
    <message>
        <source>Ask for an apology when the customer is upset</source>
        <translation>درخواست عذرخواهی وقتی مشتری ناراحت است</translation>
    </message>
    <message>
        <source>Warn when the reply is not in the customer&apos;s language</source>
        <translation>هشدار وقتی پاسخ به زبان مشتری نیست</translation>
    </message>
</context>
<context>
    <name>empathy::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>کاری که می‌کنند</translation>
    </message>
    <message>
        <source>Search the inbox</source>
        <translation>جستجو در صندوق</translation>
    </message>
    <message>
        <source>Go to the inbox</source>
        <translation>رفتن به صندوق</translation>
    </message>
    <message>
        <source>Up, Down, Page Up, Page Down</source>
        <translation>بالا، پایین، Page Up، Page Down</translation>
    </message>
    <message>
        <source>Move through the inbox</source>
        <translation>جابه‌جایی در صندوق</translation>
    </message>
    <message>
        <source>Open the conversation and write a reply</source>
        <translation>باز کردن گفتگو و نوشتن پاسخ</translation>
    </message>
    <message>
        <source>Go to the conversation&apos;s messages</source>
        <translation>رفتن به پیام‌های گفتگو</translation>
    </message>
    <message>
        <source>Go to the reply box</source>
        <translation>رفتن به کادر پاسخ</translation>
    </message>
    <message>
        <source>Go to the customer&apos;s history</source>
        <translation>رفتن به تاریخچهٔ مشتری</translation>
    </message>
    <message>
        <source>Send the reply</source>
        <translation>ارسال پاسخ</translation>
    </message>
    <message>
        <source>Draft an apology</source>
        <translation>آماده کردن عذرخواهی</translation>
    </message>
    <message>
        <source>Insert a reply template</source>
        <translation>درج الگوی پاسخ</translation>
    </message>
    <message>
        <source>Correct the mood of the customer&apos;s latest message</source>
        <translation>اصلاح حال آخرین پیام مشتری</translation>
    </message>
    <message>
        <source>Compensate the customer</source>
        <translation>جبران برای مشتری</translation>
    </message>
    <message>
        <source>Resolve the conversation</source>
        <translation>حل گفتگو</translation>
    </message>
    <message>
        <source>Supervisor view (team leads)</source>
        <translation>نمای سرپرست (سرپرستان تیم)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>همین فهرست</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>رفتن به کنترل بعدی یا قبلی</translation>
    </message>
    <message>
        <source>Leave the search for the inbox</source>
        <translation>ترک جستجو و رفتن به صندوق</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>کلید منو، Shift+F10</translation>
    </message>
    <message>
        <source>Actions on the selected item (timeline, empathy map)</source>
        <translation>اقدام‌ها روی مورد برگزیده (خط زمانی، نقشهٔ همدلی)</translation>
    </message>
</context>
<context>
    <name>empathy::SupervisorWindow</name>
    <message>
        <source>Supervisor view</source>
        <translation>نمای سرپرست</translation>
    </message>
    <message>
        <source>Live wall</source>
        <translation>تابلوی زنده</translation>
    </message>
    <message>
        <source>Team figures</source>
        <translation>آمار تیم</translation>
    </message>
    <message>
        <source>Empathy Desk supervisor</source>
        <translation>سرپرست Empathy Desk</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;نما:</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>ذخیرهٔ نما…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>حذف نما</translation>
    </message>
    <message>
        <source>Every agent</source>
        <translation>همهٔ کارشناسان</translation>
    </message>
    <message>
        <source>Nobody assigned</source>
        <translation>به کسی واگذار نشده</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>همهٔ کانال‌ها</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>همهٔ زبان‌ها</translation>
    </message>
    <message>
        <source>&amp;Unhappy</source>
        <translation>&amp;ناراضی</translation>
    </message>
    <message>
        <source>Only customers whose mood is negative</source>
        <translation>فقط مشتریانی که حالشان منفی است</translation>
    </message>
    <message>
        <source>With &amp;alerts</source>
        <translation>با &amp;هشدار</translation>
    </message>
    <message>
        <source>&amp;Promise at risk</source>
        <translation>&amp;وعدهٔ در خطر</translation>
    </message>
    <message>
        <source>Only conversations whose first answer or resolution is due soon or overdue</source>
        <translation>فقط گفتگوهایی که موعد اولین پاسخ یا حلشان نزدیک است یا گذشته است</translation>
    </message>
    <message>
        <source>Customer or agent…</source>
        <translation>مشتری یا کارشناس…</translation>
    </message>
    <message>
        <source>Find a customer or an agent on the wall</source>
        <translation>یافتن مشتری یا کارشناس روی تابلو</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>&amp;تأیید</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>&amp;برعهده گرفتن</translation>
    </message>
    <message>
        <source>Give the conversation to yourself</source>
        <translation>گفتگو را به خودتان بسپارید</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;واگذاری…</translation>
    </message>
    <message>
        <source>Private &amp;note…</source>
        <translation>یادداشت &amp;خصوصی…</translation>
    </message>
    <message>
        <source>A note to the conversation&apos;s agent; the customer never sees it</source>
        <translation>یادداشتی برای کارشناس گفتگو؛ مشتری هرگز آن را نمی‌بیند</translation>
    </message>
    <message>
        <source>&amp;Open conversation</source>
        <translation>&amp;باز کردن گفتگو</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>نمای ذخیره‌شده</translation>
    </message>
    <message>
        <source>Unsaved view</source>
        <translation>نمای ذخیره‌نشده</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>ذخیرهٔ نما</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>نام این نما:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>هشدارها</translation>
    </message>
    <message>
        <source>Alerts raised by the server, newest first</source>
        <translation>هشدارهای سرور، از تازه‌ترین</translation>
    </message>
    <message>
        <source>Why the alert fired</source>
        <translation>چرا هشدار داده شد</translation>
    </message>
    <message>
        <source>View “%1” saved.</source>
        <translation>نمای «%1» ذخیره شد.</translation>
    </message>
    <message numerus="yes">
        <source>Alerts: %n open</source>
        <translation>
            <numerusform>هشدارها: %n باز</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts: none open</source>
        <translation>هشدارها: هیچ هشدار بازی نیست</translation>
    </message>
    <message>
        <source>Live wall: %1 of %2</source>
        <translation>تابلوی زنده: %1 از %2</translation>
    </message>
    <message numerus="yes">
        <source>Supervisor view (%n open alert(s))</source>
        <translation>
            <numerusform>نمای سرپرست (%n هشدار باز)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an alert to see why it fired.</source>
        <translation>هشداری را برگزینید تا ببینید چرا داده شد.</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>یادداشت خصوصی</translation>
    </message>
    <message>
        <source>A note to %1 in this conversation. The customer never sees it.</source>
        <translation>یادداشتی برای %1 در این گفتگو. مشتری هرگز آن را نمی‌بیند.</translation>
    </message>
    <message>
        <source>whoever takes it</source>
        <translation>هر کس آن را برعهده بگیرد</translation>
    </message>
    <message>
        <source>Private note sent to the conversation.</source>
        <translation>یادداشت خصوصی به گفتگو فرستاده شد.</translation>
    </message>
    <message>
        <source>Alert not acknowledged</source>
        <translation>هشدار تأیید نشد</translation>
    </message>
    <message>
        <source>Conversation not taken over</source>
        <translation>گفتگو تحویل گرفته نشد</translation>
    </message>
    <message>
        <source>It could not be saved in the local cache: %1</source>
        <translation>در حافظهٔ محلی ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Conversation not reassigned</source>
        <translation>گفتگو به دیگری سپرده نشد</translation>
    </message>
    <message>
        <source>Private note not saved</source>
        <translation>یادداشت خصوصی ذخیره نشد</translation>
    </message>
</context>
<context>
    <name>empathy::SyncStatusLabel</name>
    <message>
        <source>Connection</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source> — waiting to be sent: %1</source>
        <translation> — در انتظار ارسال: %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● برخط</translation>
    </message>
    <message>
        <source>⟳ Syncing %1%</source>
        <translation>⟳ همگام‌سازی %1%</translation>
    </message>
    <message>
        <source>⟳ Connecting…</source>
        <translation>⟳ در حال اتصال…</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ برون‌خط</translation>
    </message>
    <message>
        <source>⚠ Log-in refused: %1</source>
        <translation>⚠ ورود رد شد: %1</translation>
    </message>
</context>
<context>
    <name>empathy::TeamFiguresView</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;بازه:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>بازه</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>امروز</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>۷ روز گذشته</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز گذشته</translation>
    </message>
    <message>
        <source>Compensation &amp;budget for 30 days:</source>
        <translation>&amp;بودجهٔ جبران برای ۳۰ روز:</translation>
    </message>
    <message>
        <source>e.g. 500.00 EUR</source>
        <translation>مثلاً ۵۰۰٫۰۰ EUR</translation>
    </message>
    <message>
        <source>Compensation budget for 30 days</source>
        <translation>بودجهٔ جبران برای ۳۰ روز</translation>
    </message>
    <message>
        <source>Conversations opened:</source>
        <translation>گفتگوهای آغازشده:</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>اولین پاسخ:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>حل:</translation>
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
        <translation>بازگشته از منفی به مثبت:</translation>
    </message>
    <message>
        <source>Compensation granted:</source>
        <translation>جبران اعطاشده:</translation>
    </message>
    <message>
        <source>Alerts:</source>
        <translation>هشدارها:</translation>
    </message>
    <message>
        <source>Median first response per day (minutes)</source>
        <translation>میانهٔ اولین پاسخ در هر روز (دقیقه)</translation>
    </message>
    <message>
        <source>Alerts per day</source>
        <translation>هشدارها در هر روز</translation>
    </message>
    <message>
        <source>median %1; 9 in 10 within %2</source>
        <translation>میانه %1؛ ۹ از ۱۰ در کمتر از %2</translation>
    </message>
    <message numerus="yes">
        <source>median %1 over %n resolved</source>
        <translation>
            <numerusform>میانه %1 برای %n گفتگوی حل‌شده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 satisfied (%n answer(s))</source>
        <translation>
            <numerusform>%1 راضی (%n پاسخ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n answer(s))</source>
        <translation>
            <numerusform>%1 (%n پاسخ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n conversation(s) with an unhappy customer</source>
        <translation>
            <numerusform>%1 از %n گفتگو با مشتری ناراضی</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source> — %1 of the budget of %2 for this period</source>
        <translation> — %1 از بودجهٔ %2 برای این بازه</translation>
    </message>
    <message numerus="yes">
        <source>%n raised, %1 handled, median time to handle %2</source>
        <translation>
            <numerusform>%n هشدار داده شد، %1 رسیدگی شد، میانهٔ زمان رسیدگی %2</numerusform>
        </translation>
    </message>
    <message>
        <source>First response</source>
        <translation>اولین پاسخ</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>داده‌شده</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>رسیدگی‌شده</translation>
    </message>
</context>
<context>
    <name>empathy::TemplateEditorDialog</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>سطر %1، ستون %2: %3</translation>
    </message>
    <message>
        <source>Reply templates</source>
        <translation>الگوهای پاسخ</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>الگوها</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;تازه</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Hi {{customer.first_name}}, … {{#if order.id}}order #{{order.id}}{{/if}}</source>
        <translation>سلام {{customer.first_name}}، … {{#if order.id}}سفارش شمارهٔ {{order.id}}{{/if}}</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>جانگهدارها: %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;متن</translation>
    </message>
    <message>
        <source>Delete the template</source>
        <translation>حذف الگو</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>«%1» حذف شود؟</translation>
    </message>
    <message>
        <source>Used by Apologise for customers who prefer a formal tone (and when the tone is not noted).</source>
        <translation>دکمهٔ «عذرخواهی» برای مشتریانی که لحن رسمی را ترجیح می‌دهند (و وقتی لحن ثبت نشده) از آن استفاده می‌کند.</translation>
    </message>
    <message>
        <source>Used by Apologise for customers who prefer a warm tone.</source>
        <translation>دکمهٔ «عذرخواهی» برای مشتریانی که لحن گرم را ترجیح می‌دهند از آن استفاده می‌کند.</translation>
    </message>
    <message>
        <source>Put into the reply after a compensation is asked for.</source>
        <translation>پس از درخواست جبران در پاسخ قرار می‌گیرد.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>هر الگو نیاز به نام دارد.</translation>
    </message>
    <message>
        <source>A template needs a text.</source>
        <translation>هر الگو نیاز به متن دارد.</translation>
    </message>
</context>
<context>
    <name>empathy::WallModel</name>
    <message>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>حال</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>وعده</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>هشدارها</translation>
    </message>
</context>
<context>
    <name>empathy::WallView</name>
    <message>
        <source>Live wall of open conversations</source>
        <translation>تابلوی زندهٔ گفتگوهای باز</translation>
    </message>
    <message>
        <source>Every open conversation of the team with its agent, mood, waiting time and promise. Enter opens the conversation.</source>
        <translation>هر گفتگوی باز تیم با کارشناس، حال، زمان انتظار و وعده‌اش. Enter گفتگو را باز می‌کند.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>هنوز هیچ‌کس</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>هنوز ارزیابی نشده</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n open</source>
        <translation>
            <numerusform>⚠ %n باز</numerusform>
        </translation>
    </message>
</context>
</TS>
