# Clause 內建介面文字：繁體中文。
# 網站可在自己的 locales/zh-Hant.ftl 中覆寫任何一條。

## Language
language-name = 繁體中文

## Page chrome
site-skip-to-content = 跳至主要內容
site-policies = 政策
site-languages = 語言
site-generated-by = 以 Clause 發布
page-not-found-title = 找不到頁面
page-not-found-body = 這個網址沒有頁面。頁面可能已移動，或連結有誤。
page-not-found-home = 前往政策列表
chooser-intro = 請選擇政策與語言。
chooser-empty = 這裡尚未發布任何政策。

## Dates
date-long = { DATETIME($date, dateStyle: "long") }

## Passages shown in another language
fallback-page = 本頁有 { $count } 段內容尚未翻譯，以{ $languages }顯示。
fallback-passage = 尚未翻譯：以{ $language }顯示。

## Policy page
policy-effective = 生效日期
policy-updated = 最後更新
policy-draft = 草稿：尚未發布
policy-contents = 目錄
policy-key-points = 重點摘要
glance-title = 隱私權概覽
glance-tracking = 用於追蹤您的資料
glance-linked = 與您連結的資料
glance-not-linked = 未與您連結的資料
glance-shared = 與其他公司分享的資料
glance-sold = 出售的資料
# Categories whose policy does not say (never shown as a yes or a no).
glance-tracking-unstated = 未說明是否用於追蹤你
glance-linked-unstated = 未說明是否與你連結
glance-shared-unstated = 未說明是否與其他公司共用
glance-none = 無
glance-not-sold = 我們不會出售其中任何資料。
policy-product = 產品
policy-section-link = 連結至本節
policy-jurisdictions = 本政策適用的法律

## Contact card
contact-title = 聯絡我們
contact-controller = 資料控制者
contact-registered-address = 註冊地址
contact-office-address = 辦公地址
contact-email = 電子郵件
contact-phone = 電話
contact-url = 網站
contact-address = 郵寄地址
contact-dpo = 資料保護長
# The same roles in the words of China's PIPL.
contact-controller-pipl = 個人資訊處理者
contact-dpo-pipl = 個人資訊保護負責人
contact-addresses = 地址
contact-channels = 聯絡方式
contact-address-role-registered = 登記地址
contact-address-role-office = 辦公地址
contact-address-role-postal = 郵寄地址
contact-address-role-representative = 歐盟或英國代表
contact-address-role-dpo = 個人資料保護負責人地址
contact-address-role-other = 地址
contact-channel-email = 電子郵件
contact-channel-phone = 電話
contact-channel-web = 網站
contact-channel-chat = 線上客服
contact-channel-in-app = 應用程式內
contact-channel-other = 其他
contact-response-time = 我們會在{ $duration }內回覆

## Table captions and headings
purposes-title = 我們為何使用資料
purposes-name = 目的
purposes-description = 具體說明
data-title = 我們蒐集的資料
data-category = 類別
data-items = 具體項目
data-kind = 種類
data-source = 來源
data-required = 必要
data-purposes = 用途
data-legal-basis = 法律依據
data-retention = 保存期間
data-sensitive = 敏感資料
data-yes = 是
data-no = 否
data-not-stated = 未說明
section-ref = 第{ $number }節「{ $title }」
section-ref-unnumbered = 「{ $title }」
retention-title = 我們保存資料的期間
features-title = 功能及其使用的資料
features-name = 功能
features-data = 使用的資料
features-permissions = 權限
features-required = 必要
permissions-title = 應用程式權限
permissions-platform = 平台
permissions-name = 權限
permissions-identifier = 系統名稱
permissions-use = 用途
permissions-features = 相關功能
permissions-optional = 可選
third-parties-title = 我們與誰分享資料
third-parties-name = 接收方
third-parties-kind = 類型
third-parties-purpose = 原因
third-parties-data = 分享的資料
third-parties-country = 國家或地區
third-parties-policy = 對方的隱私權政策
storage-title = 資料儲存地點
storage-region = 地區
storage-description = 儲存內容
transfers-title = 跨境傳輸
transfers-destination = 目的地
transfers-safeguard = 保障措施
transfers-data = 傳輸的資料
rights-title = 您的權利
rights-how = 如何行使此權利
rights-link = 線上提出此申請
rights-response-time = 我們會在{ $duration }內回應
change-policy-title = 本政策的變更
change-policy-material = 我們視為重大變更的情形
change-policy-notify = 我們如何通知您
change-policy-notice-days = 重大變更生效前 { $days } 天，我們會通知您。

## Versions
policy-released = 發布日期
version-label = 第 { $version } 版
version-state-current = 這是目前生效的版本。
version-state-archived = 這個版本已不再生效。
version-state-upcoming = 這個版本將於 { $date }生效。
version-read-current = 閱讀目前生效的版本
upcoming-notice = 本政策的新版本將於 { $date }生效。
upcoming-read = 閱讀新版本
change-material = 重大變更
change-minor = 一般變更
change-material-draft = 如按現狀發布，屬重大變更
change-minor-draft = 如按現狀發布，屬一般變更
history-title = 版本紀錄
history-link = 所有版本
history-caption = 本政策的所有版本，由新到舊
history-version = 版本
history-change = 變更類型
history-summary = 變更內容
history-released-by = 發布人：{ $name }
history-signed-off = 核准：{ $list }
history-draft = 草稿
history-state-current = 生效中
history-state-upcoming = 即將生效
history-state-archived = 已不再生效

## Change notices
notice-title = 第 { $version } 版的變更
notice-title-draft = 草稿的變更
notice-link = 變更內容
notice-summary = 摘要
notice-details = 變更細節
notice-text = 文字的變更
notice-compared = 與{ $version }比較
notice-first = 這是本政策首次發布的版本。
notice-unchanged = 本政策的內容沒有變更。
notice-material-because = 為何這是重大變更
notice-override = 雖然依規則屬於重大變更，此版本仍以一般變更發布。所述理由：{ $reason }
notice-added = 新增
notice-removed = 移除
notice-changed = 變更
notice-renamed = 原名「{ $title }」
notice-moved = 移動位置
notice-field = { $field }：{ $change }
notice-from-to = { $from } → { $to }
notice-added-items = 新增 { $items }
notice-removed-items = 移除 { $items }
notice-inserted = 新增：
notice-deleted = 刪除：
# A run of unchanged paragraphs in a change notice, folded away (count is 3 or more).
notice-folded = { $count } 個未變更的段落
notice-none = 無
# A yes-or-no fact the policy does not state.
notice-not-stated = 未說明
notice-audience = 適用對象
notice-read-version = 閱讀此版本
notice-feed = 變更動態
feed-title = { $policy }：變更
field-name = 名稱
field-description = 說明
field-retention-note = 保存說明
field-provider = 提供者
field-response-time = 回覆期限
field-text = 文字
field-under-age = 年齡限制
field-ephemeral = 僅短暫處理，不保存
field-encrypted-in-transit = 傳輸時加密
field-deletable = 可應要求刪除
field-store-types = 應用程式商店資料類型
field-tracking-domains = 追蹤網域
field-recipients = 接收方
audience-kind-general = 一般受眾
audience-kind-children = 兒童
purpose-kind-app-functionality = 應用程式功能
purpose-kind-analytics = 分析
purpose-kind-personalization = 個人化
purpose-kind-developer-advertising = 我們自己的廣告
purpose-kind-third-party-advertising = 其他公司的廣告
purpose-kind-developer-communications = 我們傳送的訊息
purpose-kind-security = 安全與防詐騙
purpose-kind-compliance = 遵守法律
purpose-kind-account-management = 帳戶管理
purpose-kind-other = 其他目的
right-kind-information = 知情權
right-kind-access = 查閱權
right-kind-correction = 更正權
right-kind-deletion = 刪除權
right-kind-restriction = 限制處理權
right-kind-objection = 反對權
right-kind-withdraw-consent = 撤回同意權
right-kind-portability = 可攜權
right-kind-account-cancellation = 註銷帳戶權
right-kind-complaint = 申訴權
right-kind-automated-decisions = 與自動化決策有關的權利
right-kind-guardian = 父母及監護人的權利
right-kind-opt-out = 選擇退出權
right-kind-other = 其他權利

## In-app views
app-read-web = 在網頁上閱讀

## Durations
duration-working-day = { $count } 個工作天
contact-response-term = 我們會{ $term }回覆
rights-response-term = 我們會{ $term }回應
term-promptly = 即時
term-without-undue-delay = 不無故拖延地
term-as-required-by-law = 依照法律規定
retention-term-promptly = 即時刪除
retention-term-without-undue-delay = 不無故拖延地刪除
retention-term-as-required-by-law = 法律要求的期間
duration-day = { $count } 天
duration-week = { $count } 週
duration-month = { $count } 個月
duration-year = { $count } 年
until-account-deletion = 直到您刪除帳號
until-purpose-fulfilled = 直到目的達成
until-consent-withdrawn = 直到您撤回同意

## Data kinds
kind-basic = 基本個人資料
kind-identity = 身分資料
kind-contact = 聯絡資料
kind-biometric = 生物特徵資料
kind-location = 位置
kind-device = 裝置與網路
kind-usage = 使用紀錄
kind-content = 您建立的內容
kind-contacts-list = 通訊錄
kind-financial = 財務資料
kind-health = 健康資料
kind-advertising = 廣告識別碼
kind-other = 其他

## Sources
source-user = 由您提供
source-automatic = 自動蒐集
source-third-party = 來自第三方

## Legal bases
basis-consent = 同意
basis-contract = 契約
basis-legal-obligation = 法定義務
basis-vital-interests = 重大利益
basis-public-task = 公共任務
basis-legitimate-interests = 正當利益
field-title = 標題
field-cases = 情形
field-condition = 條件
basis-explicit-consent = 明確同意
basis-contract-or-hr = 訂立、履行契約或人力資源管理
basis-employment = 勞動與社會保障法律
basis-nonprofit-body = 非營利組織為其成員處理
basis-made-public = 已公開的資訊
basis-legal-claims = 法律請求
basis-substantial-public-interest = 重大公共利益
basis-health-care = 醫療或社會照護
basis-public-health = 公共衛生
basis-research = 存檔、研究或統計
basis-emergency = 緊急情況：突發公共衛生事件，或保護自然人的生命健康與財產安全
basis-news-reporting = 為公共利益進行新聞報導、輿論監督
basis-other-law = 法律規定的其他情形
basis-provision = { $basis }（{ $law }第{ $article }條）
basis-article = { $law }第{ $article }條
exceptions-title = 情形列表
exceptions-processing-without-consent = 我們無須取得您同意即可處理您個人資料的情形
exceptions-sharing-without-consent = 我們無須取得您同意即可分享您個人資料的情形
exceptions-refusal-cases = 我們可能拒絕您請求的情形
exceptions-deletion-cases = 您可以要求我們刪除個人資料的情形
exceptions-storage-abroad = 您的個人資料可能儲存於境外的情形
exceptions-other = 情形
list-separator = 、
exceptions-case-basis = { $case }（{ $basis }）
cookies-title = Cookie 及類似技術
cookies-name = 名稱
cookies-provider = 設定方
cookies-purpose = 用途
cookies-duration = 保存期限
cookies-essential = 必要
cookies-first-party = 我們
cookies-session = 直到您關閉瀏覽器或應用程式
minors-title = 未成年人
minors-under = 未滿{ $age }歲的未成年人
minors-consent = 徵得誰的同意
minors-consent-method = 如何取得監護人的同意
minors-rules = 適用的規則
minors-guardian-rights = 監護人可代為行使的權利
minor-consent-guardian = 監護人的同意
minor-consent-guardian-and-minor = 監護人和本人的同意
minor-consent-minor = 本人的同意
cookie-kind-cookie = Cookie
cookie-kind-local-storage = 本機儲存空間
cookie-kind-web-beacon = 網路信標
cookie-kind-sdk-identifier = SDK 識別碼
cookie-kind-other = 類似技術

## Platforms
platform-android = Android
platform-ios = iOS
platform-web = 網頁
platform-mini-program = 小程式
platform-desktop = 桌面版

## Recipient kinds
recipient-sdk = SDK
recipient-processor = 受託處理者
recipient-partner = 合作夥伴
recipient-affiliate = 關係企業
recipient-authority = 主管機關

## Safeguards
safeguard-adequacy = 適足性認定
safeguard-standard-clauses = 標準契約條款
safeguard-binding-corporate-rules = 拘束性企業規則
safeguard-consent = 您的明確同意
safeguard-security-assessment = 主管機關的安全評估
safeguard-certification = 認證
safeguard-standard-contract = 向主管機關備案的標準契約
safeguard-separate-consent = 我們會就此次傳輸另行徵得您的同意

## Material changes
material-new-purpose = 新的目的，或資料的新用途
material-new-data-kind = 新的資料種類，或敏感資料
material-new-recipient = 新的接收方或 SDK
material-new-transfer = 資料傳輸至新的國家或地區
material-rights-reduced = 權利被移除或更難行使
material-contact-changed = 資料控制者、聯絡方式或申訴管道變更
material-longer-retention = 資料保存更久
material-children-audience = 服務開始以兒童為對象
material-removed-recipient = 移除接收方或 SDK
material-text-changed = 文字的任何變更
material-any-change = 任何變更

## Notification channels
notify-email = 電子郵件
notify-in-app = 應用程式內通知
notify-website = 本網站上的公告
notify-push = 推播通知
notify-sms = 簡訊

## Jurisdictions
law-gdpr = GDPR（歐盟）
law-uk-gdpr = 英國 GDPR
law-pipl = 個人資訊保護法（中國）
law-ccpa = CCPA（加州）
law-coppa = COPPA（美國）
law-lgpd = LGPD（巴西）
law-appi = 個人資訊保護法（日本）
law-pipa = 個人資訊保護法（韓國）
law-pipeda = PIPEDA（加拿大）

## Audience
audience-children = 本服務以未滿 { $age } 歲的兒童為對象。

## App-store data types (a data category's `store_types`, in change notices)
store-type-name = 姓名
store-type-email-address = 電子郵件地址
store-type-phone-number = 電話號碼
store-type-physical-address = 實際地址
store-type-other-contact-info = 其他聯絡資訊
store-type-user-id = 使用者 ID
store-type-device-id = 裝置 ID
store-type-race-or-ethnicity = 種族或族裔
store-type-political-or-religious-beliefs = 政治或宗教信仰
store-type-sexual-orientation = 性傾向
store-type-biometric = 生物辨識資訊
store-type-other-personal-info = 其他個人資訊
store-type-payment-info = 付款資訊
store-type-purchase-history = 購買記錄
store-type-credit-info = 信用資訊
store-type-other-financial-info = 其他財務資訊
store-type-precise-location = 精確位置
store-type-coarse-location = 大略位置
store-type-browsing-history = 瀏覽記錄
store-type-search-history = 搜尋記錄
store-type-emails = 電子郵件
store-type-text-messages = 簡訊
store-type-in-app-messages = App 內訊息
store-type-photos = 照片
store-type-videos = 影片
store-type-audio-recordings = 錄音
store-type-music = 音樂檔案
store-type-other-audio = 其他音訊檔案
store-type-health = 健康資訊
store-type-fitness = 健身資訊
store-type-contacts = 聯絡人
store-type-calendar = 行事曆活動
store-type-files-and-docs = 檔案和文件
store-type-gameplay-content = 遊戲內容
store-type-customer-support = 客戶支援
store-type-other-user-content = 其他使用者內容
store-type-product-interaction = 產品互動
store-type-installed-apps = 已安裝的 App
store-type-advertising-data = 廣告資料
store-type-other-usage-data = 其他使用資料
store-type-crash-data = 當機資料
store-type-performance-data = 效能資料
store-type-other-diagnostic-data = 其他診斷資料
store-type-other-data-types = 其他資料類型

# Languages named in this language, for notes about text shown in another one.
language-of-en = 英文
language-of-de = 德文
language-of-fr = 法文
language-of-es = 西班牙文
language-of-pt-BR = 巴西葡萄牙文
language-of-ja = 日文
language-of-ko = 韓文
language-of-zh-Hans = 簡體中文
language-of-zh-Hant = 繁體中文
language-of-ar = 阿拉伯文

# Notification texts of a material release (e-mail and in-app dialog).
notify-subject = { $product }{ $title }變更通知
notify-intro = 我們將變更{ $product }的{ $title }。新版本自{ $date }起生效。
notify-summary = 變更內容
notify-why = 我們通知您的原因
notify-read-changes = 閱讀變更內容
notify-read-policy = 閱讀新版本
notify-dialog-title = 我們正在更新{ $title }
notify-dialog-review = 查看變更
notify-dialog-later = 稍後

## PDF records
pdf-language = 語言
pdf-seal = 封印（已封存檔案的 SHA-256）
pdf-sign-off = 發布與簽核
pdf-translation = 翻譯確認人
pdf-address = 永久網址
pdf-not-recorded = 未記錄
pdf-about = 本 PDF 記錄該版本發布並封存時的內容，其文字與永久網址上的文字相同。
pdf-too-long = 此版本的文字超過 { $pages } 頁，超出 PDF 記錄所能容納的篇幅，因此本 PDF 僅含封面。文字請見永久網址。
pdf-page = 第 { $page } 頁，共 { $pages } 頁
pdf-changes = 變更通知
pdf-link = PDF
pdf-notice-link = 變更通知（PDF）
