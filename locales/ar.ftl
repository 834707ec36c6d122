# نصوص واجهة Clause المدمجة باللغة العربية.
# يمكن للموقع تجاوز أي منها في ملفه locales/ar.ftl.
# صيغ الجمع العربية الست: zero و one و two و few و many و other.

## Language
language-name = العربية

## Page chrome
site-skip-to-content = انتقل إلى المحتوى
site-policies = السياسات
site-languages = اللغات
site-generated-by = نُشر باستخدام Clause
page-not-found-title = الصفحة غير موجودة
page-not-found-body = لا توجد صفحة بهذا العنوان. ربما نُقلت، أو ربما يكون الرابط خاطئًا.
page-not-found-home = الانتقال إلى قائمة السياسات
chooser-intro = اختر سياسة ولغة.
chooser-empty = لم تُنشر أي سياسة هنا بعد.

## Dates
date-long = { DATETIME($date, dateStyle: "long") }

## Passages shown in another language
fallback-page = { $count ->
    [zero] لا توجد مقاطع غير مترجمة في هذه الصفحة.
    [one] مقطع واحد في هذه الصفحة لم يُترجم بعد ويظهر باللغة: { $languages }.
    [two] مقطعان في هذه الصفحة لم يُترجما بعد ويظهران باللغة: { $languages }.
    [few] { $count } مقاطع في هذه الصفحة لم تُترجم بعد وتظهر باللغة: { $languages }.
    [many] { $count } مقطعًا في هذه الصفحة لم تُترجم بعد وتظهر باللغة: { $languages }.
   *[other] { $count } مقطع في هذه الصفحة لم تُترجم بعد وتظهر باللغة: { $languages }.
}
fallback-passage = لم يُترجم بعد: يظهر باللغة { $language }.

## Policy page
policy-effective = تاريخ السريان
policy-updated = آخر تحديث
policy-draft = مسودة: لم تُنشر بعد
policy-contents = المحتويات
policy-key-points = النقاط الرئيسية
glance-title = الخصوصية في لمحة
glance-tracking = بيانات تُستخدم لتتبعك
glance-linked = بيانات مرتبطة بك
glance-not-linked = بيانات غير مرتبطة بك
glance-shared = بيانات تُشارك مع شركات أخرى
glance-sold = بيانات تُباع
# Categories whose policy does not say (never shown as a yes or a no).
glance-tracking-unstated = لم يُذكر ما إذا كانت تُستخدم لتتبعك
glance-linked-unstated = لم يُذكر ما إذا كانت مرتبطة بك
glance-shared-unstated = لم يُذكر ما إذا كانت تُشارك مع شركات أخرى
glance-none = لا شيء
glance-not-sold = لا نبيع أيًّا من هذه البيانات.
policy-product = المنتج
policy-section-link = رابط إلى هذا القسم
policy-jurisdictions = القوانين التي تتناولها هذه السياسة

## Contact card
contact-title = التواصل
contact-controller = المتحكم في البيانات
contact-registered-address = العنوان المسجل
contact-office-address = عنوان المكتب
contact-email = البريد الإلكتروني
contact-phone = الهاتف
contact-url = الموقع
contact-address = العنوان البريدي
contact-dpo = مسؤول حماية البيانات
# The same roles in the words of China's PIPL.
contact-controller-pipl = معالج المعلومات الشخصية
contact-dpo-pipl = المسؤول عن حماية المعلومات الشخصية
contact-addresses = العناوين
contact-channels = طرق التواصل معنا
contact-address-role-registered = العنوان المسجل
contact-address-role-office = عنوان المكتب
contact-address-role-postal = العنوان البريدي
contact-address-role-representative = الممثل في الاتحاد الأوروبي أو المملكة المتحدة
contact-address-role-dpo = عنوان مسؤول حماية البيانات
contact-address-role-other = العنوان
contact-channel-email = البريد الإلكتروني
contact-channel-phone = الهاتف
contact-channel-web = الويب
contact-channel-chat = الدردشة عبر الإنترنت
contact-channel-in-app = داخل التطبيق
contact-channel-other = أخرى
contact-response-time = نرد خلال { $duration }

## Table captions and headings
purposes-title = لماذا نستخدم البيانات
purposes-name = الغرض
purposes-description = ماذا يعني ذلك
data-title = البيانات التي نجمعها
data-category = الفئة
data-items = ما هي تحديدًا
data-kind = النوع
data-source = المصدر
data-required = إلزامية
data-purposes = تُستخدم من أجل
data-legal-basis = الأساس القانوني
data-retention = مدة الاحتفاظ
data-sensitive = حساسة
data-yes = نعم
data-no = لا
data-not-stated = غير مذكور
section-ref = القسم { $number }، «{ $title }»
section-ref-unnumbered = «{ $title }»
retention-title = مدة احتفاظنا بالبيانات
features-title = الميزات والبيانات التي تستخدمها
features-name = الميزة
features-data = البيانات المستخدمة
features-permissions = الأذونات
features-required = إلزامية
permissions-title = أذونات التطبيق
permissions-platform = المنصة
permissions-name = الإذن
permissions-identifier = اسم النظام
permissions-use = فيمَ نستخدمه
permissions-features = الميزات
permissions-optional = اختياري
third-parties-title = مع من نشارك البيانات
third-parties-name = الجهة المستلمة
third-parties-kind = النوع
third-parties-purpose = السبب
third-parties-data = البيانات المشتركة
third-parties-country = البلد
third-parties-policy = سياسة الخصوصية الخاصة بها
storage-title = أين تُخزَّن البيانات
storage-region = المنطقة
storage-description = ما الذي يُخزَّن
transfers-title = النقل إلى بلدان أخرى
transfers-destination = الوجهة
transfers-safeguard = الضمانة
transfers-data = البيانات المنقولة
rights-title = حقوقك
rights-how = كيف تمارس هذا الحق
rights-link = قدّم هذا الطلب عبر الإنترنت
rights-response-time = نستجيب خلال { $duration }
change-policy-title = التغييرات على هذه السياسة
change-policy-material = نعدّ ما يلي تغييرات جوهرية
change-policy-notify = كيف نبلغك
change-policy-notice-days = { $days ->
    [zero] نبلغك في يوم سريان التغيير الجوهري.
    [one] نبلغك قبل يوم واحد من سريان التغيير الجوهري.
    [two] نبلغك قبل يومين من سريان التغيير الجوهري.
    [few] نبلغك قبل { $days } أيام من سريان التغيير الجوهري.
    [many] نبلغك قبل { $days } يومًا من سريان التغيير الجوهري.
   *[other] نبلغك قبل { $days } يوم من سريان التغيير الجوهري.
}

## Versions
policy-released = تاريخ النشر
version-label = الإصدار { $version }
version-state-current = هذا هو الإصدار الساري.
version-state-archived = لم يعد هذا الإصدار ساريًا.
version-state-upcoming = يسري هذا الإصدار في { $date }.
version-read-current = اقرأ الإصدار الساري
upcoming-notice = يسري إصدار جديد من هذه السياسة في { $date }.
upcoming-read = اقرأ الإصدار الجديد
change-material = تغيير جوهري
change-minor = تغيير طفيف
change-material-draft = تغيير جوهري إذا صدرت كما هي
change-minor-draft = تغيير طفيف إذا صدرت كما هي
history-title = سجل الإصدارات
history-link = كل الإصدارات
history-caption = كل إصدارات هذه السياسة، من الأحدث إلى الأقدم
history-version = الإصدار
history-change = نوع التغيير
history-summary = ما الذي تغيّر
history-released-by = نشرها { $name }
history-signed-off = الموافقات: { $list }
history-draft = مسودة
history-state-current = ساري
history-state-upcoming = قادم
history-state-archived = لم يعد ساريًا

## Change notices
notice-title = ما الذي تغيّر في الإصدار { $version }
notice-title-draft = ما الذي تغيّره المسودة
notice-link = ما الذي تغيّر
notice-summary = باختصار
notice-details = التغييرات بالتفصيل
notice-text = التغييرات في النص
notice-compared = مقارنةً بـ{ $version }
notice-first = هذا أول إصدار منشور من هذه السياسة.
notice-unchanged = لم يتغير شيء في محتوى السياسة.
notice-material-because = لماذا يُعد هذا التغيير جوهريًا
notice-override = نُشر كتغيير طفيف مع أن القواعد تعدّه جوهريًا. السبب المذكور: { $reason }
notice-added = أُضيف
notice-removed = أُزيل
notice-changed = تغيّر
notice-renamed = كان اسمه «{ $title }»
notice-moved = نُقل
notice-field = { $field }: { $change }
notice-from-to = { $from } ← { $to }
notice-added-items = أُضيف { $items }
notice-removed-items = أُزيل { $items }
notice-inserted = نص مُدرج:
notice-deleted = نص محذوف:
# A run of unchanged paragraphs in a change notice, folded away (count is 3 or more).
notice-folded = { $count ->
    [few] { $count } فقرات دون تغيير
   *[other] { $count } فقرة دون تغيير
}
notice-none = لا شيء
# A yes-or-no fact the policy does not state.
notice-not-stated = غير مذكور
notice-audience = الجمهور
notice-read-version = اقرأ هذا الإصدار
notice-feed = موجز التغييرات
feed-title = { $policy }: التغييرات
field-name = الاسم
field-description = الوصف
field-retention-note = ملاحظة الاحتفاظ
field-provider = المزوّد
field-response-time = مدة الرد
field-text = النص
field-under-age = حد العمر
field-ephemeral = تُعالَج لفترة وجيزة فقط ولا تُحفَظ
field-encrypted-in-transit = مشفّرة أثناء النقل
field-deletable = يمكن حذفها عند الطلب
field-store-types = أنواع البيانات في متاجر التطبيقات
field-tracking-domains = نطاقات التتبع
field-recipients = الجهات المستلمة
audience-kind-general = الجمهور العام
audience-kind-children = الأطفال
purpose-kind-app-functionality = وظائف التطبيق
purpose-kind-analytics = التحليلات
purpose-kind-personalization = التخصيص
purpose-kind-developer-advertising = إعلاناتنا
purpose-kind-third-party-advertising = إعلانات شركات أخرى
purpose-kind-developer-communications = رسائل منا
purpose-kind-security = الأمان ومنع الاحتيال
purpose-kind-compliance = الامتثال للقانون
purpose-kind-account-management = إدارة الحساب
purpose-kind-other = أغراض أخرى
right-kind-information = الحق في المعرفة
right-kind-access = حق الوصول
right-kind-correction = حق التصحيح
right-kind-deletion = حق الحذف
right-kind-restriction = حق تقييد المعالجة
right-kind-objection = حق الاعتراض
right-kind-withdraw-consent = حق سحب الموافقة
right-kind-portability = حق نقل البيانات
right-kind-account-cancellation = حق إغلاق الحساب
right-kind-complaint = حق تقديم شكوى
right-kind-automated-decisions = الحقوق المتعلقة بالقرارات الآلية
right-kind-guardian = حقوق الوالدين والأوصياء
right-kind-opt-out = حق رفض المشاركة
right-kind-other = حقوق أخرى

## In-app views
app-read-web = اقرأ هذا على الويب

## Durations
duration-working-day = { $count ->
    [zero] { $count } يوم عمل
    [one] يوم عمل واحد
    [two] يوما عمل
    [few] { $count } أيام عمل
    [many] { $count } يوم عمل
   *[other] { $count } يوم عمل
}
contact-response-term = نرد { $term }
rights-response-term = نستجيب { $term }
term-promptly = على وجه السرعة
term-without-undue-delay = دون تأخير غير مبرر
term-as-required-by-law = وفق ما يقتضيه القانون
retention-term-promptly = يُحذف على وجه السرعة
retention-term-without-undue-delay = يُحذف دون تأخير غير مبرر
retention-term-as-required-by-law = طالما يقتضي القانون ذلك
duration-day = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
duration-week = { $count ->
    [zero] { $count } أسبوع
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $count } أسابيع
    [many] { $count } أسبوعًا
   *[other] { $count } أسبوع
}
duration-month = { $count ->
    [zero] { $count } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}
duration-year = { $count ->
    [zero] { $count } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $count } سنوات
    [many] { $count } سنةً
   *[other] { $count } سنة
}
until-account-deletion = حتى تحذف حسابك
until-purpose-fulfilled = حتى يتحقق الغرض
until-consent-withdrawn = حتى تسحب موافقتك

## Data kinds
kind-basic = بيانات شخصية أساسية
kind-identity = بيانات الهوية
kind-contact = بيانات الاتصال
kind-biometric = بيانات بيومترية
kind-location = الموقع
kind-device = الجهاز والشبكة
kind-usage = الاستخدام
kind-content = المحتوى الذي تنشئه
kind-contacts-list = جهات الاتصال
kind-financial = بيانات مالية
kind-health = بيانات صحية
kind-advertising = معرّفات الإعلانات
kind-other = أخرى

## Sources
source-user = منك
source-automatic = تُجمع تلقائيًا
source-third-party = من أطراف ثالثة

## Legal bases
basis-consent = الموافقة
basis-contract = العقد
basis-legal-obligation = التزام قانوني
basis-vital-interests = المصالح الحيوية
basis-public-task = مهمة عامة
basis-legitimate-interests = المصالح المشروعة
field-title = العنوان
field-cases = الحالات
field-condition = متى
basis-explicit-consent = موافقة صريحة
basis-contract-or-hr = عقد أو إدارة الموارد البشرية
basis-employment = قانون العمل والضمان الاجتماعي
basis-nonprofit-body = هيئة غير ربحية، لأعضائها
basis-made-public = معلومات سبق نشرها
basis-legal-claims = مطالبات قانونية
basis-substantial-public-interest = مصلحة عامة جوهرية
basis-health-care = الرعاية الصحية أو الاجتماعية
basis-public-health = الصحة العامة
basis-research = الأرشفة أو البحث أو الإحصاء
basis-emergency = حالة طارئة: الصحة العامة، أو حياة شخص أو صحته أو ممتلكاته
basis-news-reporting = التغطية الإخبارية والرقابة العامة للمصلحة العامة
basis-other-law = حالات أخرى ينص عليها القانون
basis-provision = { $basis } ({ $law } المادة { $article })
basis-article = { $law } المادة { $article }
exceptions-title = قوائم الحالات
exceptions-processing-without-consent = متى يجوز لنا معالجة بياناتك دون موافقتك
exceptions-sharing-without-consent = متى يجوز لنا مشاركة بياناتك دون موافقتك
exceptions-refusal-cases = متى يجوز لنا رفض طلب
exceptions-deletion-cases = متى يمكنك أن تطلب منا حذف بياناتك
exceptions-storage-abroad = متى يجوز تخزين بياناتك خارج البلد
exceptions-other = الحالات
list-separator = { "، " }
exceptions-case-basis = { $case } ({ $basis })
cookies-title = ملفات تعريف الارتباط والتقنيات المشابهة
cookies-name = الاسم
cookies-provider = يضعه
cookies-purpose = الغرض منه
cookies-duration = المدة
cookies-essential = ضروري تمامًا
cookies-first-party = نحن
cookies-session = حتى تغلق المتصفح أو التطبيق
minors-title = القاصرون
minors-under = القاصرون دون { $age } عامًا
minors-consent = موافقة من تُطلب
minors-consent-method = كيف نحصل على موافقة ولي الأمر
minors-rules = القواعد التي تنطبق
minors-guardian-rights = الحقوق التي يمكن لولي الأمر ممارستها نيابةً عنهم
minor-consent-guardian = موافقة أحد الوالدين أو ولي الأمر
minor-consent-guardian-and-minor = موافقة ولي الأمر وموافقتهم أنفسهم
minor-consent-minor = موافقتهم أنفسهم
cookie-kind-cookie = ملف تعريف ارتباط
cookie-kind-local-storage = التخزين المحلي
cookie-kind-web-beacon = إشارة ويب
cookie-kind-sdk-identifier = معرّف SDK
cookie-kind-other = تقنية مشابهة

## Platforms
platform-android = Android
platform-ios = iOS
platform-web = الويب
platform-mini-program = برنامج مصغّر
platform-desktop = سطح المكتب

## Recipient kinds
recipient-sdk = حزمة SDK
recipient-processor = جهة معالجة
recipient-partner = شريك
recipient-affiliate = شركة تابعة
recipient-authority = جهة رسمية

## Safeguards
safeguard-adequacy = قرار كفاية
safeguard-standard-clauses = بنود تعاقدية قياسية
safeguard-binding-corporate-rules = قواعد مؤسسية ملزمة
safeguard-consent = موافقتك الصريحة
safeguard-security-assessment = تقييم أمني من الجهة المختصة
safeguard-certification = شهادة اعتماد
safeguard-standard-contract = عقد نموذجي مودع لدى السلطة
safeguard-separate-consent = سنطلب موافقتك على هذا النقل بشكل منفصل

## Material changes
material-new-purpose = غرض جديد، أو استخدام جديد للبيانات
material-new-data-kind = نوع جديد من البيانات، أو بيانات حساسة
material-new-recipient = جهة مستلمة أو حزمة SDK جديدة
material-new-transfer = بلد جديد تُنقل إليه البيانات
material-rights-reduced = إلغاء حقوق أو جعل ممارستها أصعب
material-contact-changed = تغيير المتحكم أو وسيلة الاتصال أو قناة الشكوى
material-longer-retention = الاحتفاظ بالبيانات مدة أطول
material-children-audience = توجيه الخدمة إلى الأطفال
material-removed-recipient = إزالة جهة مستلمة أو حزمة SDK
material-text-changed = أي تغيير في النص
material-any-change = أي تغيير على الإطلاق

## Notification channels
notify-email = البريد الإلكتروني
notify-in-app = إشعار داخل التطبيق
notify-website = إشعار على هذا الموقع
notify-push = إشعار فوري
notify-sms = رسالة نصية

## Jurisdictions
law-gdpr = اللائحة العامة لحماية البيانات (الاتحاد الأوروبي)
law-uk-gdpr = اللائحة العامة لحماية البيانات (المملكة المتحدة)
law-pipl = قانون حماية المعلومات الشخصية (الصين)
law-ccpa = قانون خصوصية المستهلك (كاليفورنيا)
law-coppa = قانون حماية خصوصية الأطفال على الإنترنت (الولايات المتحدة)
law-lgpd = القانون العام لحماية البيانات (البرازيل)
law-appi = قانون حماية المعلومات الشخصية (اليابان)
law-pipa = قانون حماية المعلومات الشخصية (كوريا)
law-pipeda = قانون PIPEDA (كندا)

## Audience
audience-children = هذه الخدمة موجهة إلى الأطفال دون سن { $age }.

## App-store data types (a data category's `store_types`, in change notices)
store-type-name = الاسم
store-type-email-address = عنوان البريد الإلكتروني
store-type-phone-number = رقم الهاتف
store-type-physical-address = العنوان البريدي
store-type-other-contact-info = معلومات اتصال أخرى
store-type-user-id = معرّف المستخدم
store-type-device-id = معرّف الجهاز
store-type-race-or-ethnicity = العرق أو الأصل الإثني
store-type-political-or-religious-beliefs = المعتقدات السياسية أو الدينية
store-type-sexual-orientation = التوجه الجنسي
store-type-biometric = البيانات الحيوية
store-type-other-personal-info = معلومات شخصية أخرى
store-type-payment-info = معلومات الدفع
store-type-purchase-history = سجل المشتريات
store-type-credit-info = المعلومات الائتمانية
store-type-other-financial-info = معلومات مالية أخرى
store-type-precise-location = الموقع الدقيق
store-type-coarse-location = الموقع التقريبي
store-type-browsing-history = سجل التصفح
store-type-search-history = سجل البحث
store-type-emails = رسائل البريد الإلكتروني
store-type-text-messages = الرسائل النصية
store-type-in-app-messages = الرسائل داخل التطبيق
store-type-photos = الصور
store-type-videos = مقاطع الفيديو
store-type-audio-recordings = التسجيلات الصوتية
store-type-music = ملفات الموسيقى
store-type-other-audio = ملفات صوتية أخرى
store-type-health = المعلومات الصحية
store-type-fitness = معلومات اللياقة البدنية
store-type-contacts = جهات الاتصال
store-type-calendar = أحداث التقويم
store-type-files-and-docs = الملفات والمستندات
store-type-gameplay-content = محتوى الألعاب
store-type-customer-support = دعم العملاء
store-type-other-user-content = محتوى آخر للمستخدم
store-type-product-interaction = التفاعل مع المنتج
store-type-installed-apps = التطبيقات المثبتة
store-type-advertising-data = بيانات الإعلانات
store-type-other-usage-data = بيانات استخدام أخرى
store-type-crash-data = بيانات الأعطال
store-type-performance-data = بيانات الأداء
store-type-other-diagnostic-data = بيانات تشخيص أخرى
store-type-other-data-types = أنواع بيانات أخرى

# Languages named in this language, for notes about text shown in another one.
language-of-en = الإنجليزية
language-of-de = الألمانية
language-of-fr = الفرنسية
language-of-es = الإسبانية
language-of-pt-BR = البرتغالية البرازيلية
language-of-ja = اليابانية
language-of-ko = الكورية
language-of-zh-Hans = الصينية المبسطة
language-of-zh-Hant = الصينية التقليدية
language-of-ar = العربية

# Notification texts of a material release (e-mail and in-app dialog).
notify-subject = تغييرات في { $title } الخاصة بـ { $product }
notify-intro = نحن نغيّر { $title } الخاصة بـ { $product }. يسري الإصدار الجديد في { $date }.
notify-summary = ما الذي يتغيّر
notify-why = لماذا نُعلمك
notify-read-changes = اقرأ ما تغيّر
notify-read-policy = اقرأ الإصدار الجديد
notify-dialog-title = نحدّث { $title }
notify-dialog-review = راجع التغييرات
notify-dialog-later = لاحقًا

## PDF records
pdf-language = اللغة
pdf-seal = الختم (SHA-256 للملفات المختومة)
pdf-sign-off = النشر والاعتماد
pdf-translation = أكّد الترجمة
pdf-address = العنوان الدائم
pdf-not-recorded = غير مسجَّل
pdf-about = يسجّل ملف PDF هذا الإصدار كما نُشر وخُتم. نصّه هو النص الموجود في العنوان الدائم.
pdf-too-long = يتجاوز نص هذا الإصدار { $pages } صفحة، وهو أكثر مما يسعه ملف PDF، لذا يقتصر هذا الملف على صفحة الغلاف. النص موجود في العنوان الدائم.
pdf-page = الصفحة { $page } من { $pages }
pdf-changes = إشعار التغييرات
pdf-link = PDF
pdf-notice-link = إشعار التغييرات (PDF)
