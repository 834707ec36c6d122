# Clause 内置界面文字：简体中文。
# 网站可在自己的 locales/zh-Hans.ftl 中覆盖任何一条。

## Language
language-name = 简体中文

## Page chrome
site-skip-to-content = 跳到主要内容
site-policies = 政策
site-languages = 语言
site-generated-by = 由 Clause 发布
page-not-found-title = 找不到页面
page-not-found-body = 此地址没有页面。页面可能已移动，或链接有误。
page-not-found-home = 前往政策列表
chooser-intro = 请选择政策和语言。
chooser-empty = 这里尚未发布任何政策。

## Dates
date-long = { DATETIME($date, dateStyle: "long") }

## Passages shown in another language
fallback-page = 本页有 { $count } 段内容尚未翻译，以{ $languages }显示。
fallback-passage = 尚未翻译：以{ $language }显示。

## Policy page
policy-effective = 生效日期
policy-updated = 最后更新
policy-draft = 草稿：尚未发布
policy-contents = 目录
policy-key-points = 要点
glance-title = 隐私概览
glance-tracking = 用于追踪您的数据
glance-linked = 与您关联的数据
glance-not-linked = 不与您关联的数据
glance-shared = 与其他公司共享的数据
glance-sold = 出售的数据
# Categories whose policy does not say (never shown as a yes or a no).
glance-tracking-unstated = 未说明是否用于追踪你
glance-linked-unstated = 未说明是否与你关联
glance-shared-unstated = 未说明是否与其他公司共享
glance-none = 无
glance-not-sold = 我们不会出售其中任何数据。
policy-product = 产品
policy-section-link = 链接到本节
policy-jurisdictions = 本政策适用的法律

## Contact card
contact-title = 联系我们
contact-controller = 个人信息处理者
contact-registered-address = 注册地址
contact-office-address = 办公地址
contact-email = 电子邮件
contact-phone = 电话
contact-url = 网站
contact-address = 邮寄地址
contact-dpo = 个人信息保护负责人
# The same roles in the words of China's PIPL.
contact-controller-pipl = 个人信息处理者
contact-dpo-pipl = 个人信息保护负责人
contact-addresses = 地址
contact-channels = 联系方式
contact-address-role-registered = 注册地址
contact-address-role-office = 办公地址
contact-address-role-postal = 邮寄地址
contact-address-role-representative = 欧盟或英国代表
contact-address-role-dpo = 个人信息保护负责人地址
contact-address-role-other = 地址
contact-channel-email = 电子邮件
contact-channel-phone = 电话
contact-channel-web = 网站
contact-channel-chat = 在线客服
contact-channel-in-app = 应用内
contact-channel-other = 其他
contact-response-time = 我们会在{ $duration }内回复

## Table captions and headings
purposes-title = 我们为什么使用数据
purposes-name = 目的
purposes-description = 具体说明
data-title = 我们收集的信息
data-category = 类别
data-items = 具体内容
data-kind = 种类
data-source = 来源
data-required = 必需
data-purposes = 用途
data-legal-basis = 法律依据
data-retention = 保存期限
data-sensitive = 敏感信息
data-yes = 是
data-no = 否
data-not-stated = 未说明
section-ref = 第{ $number }节“{ $title }”
section-ref-unnumbered = “{ $title }”
retention-title = 我们保存数据的期限
features-title = 功能及其使用的数据
features-name = 功能
features-data = 使用的数据
features-permissions = 权限
features-required = 必需
permissions-title = 应用权限
permissions-platform = 平台
permissions-name = 权限
permissions-identifier = 系统名称
permissions-use = 用途
permissions-features = 相关功能
permissions-optional = 可选
third-parties-title = 我们与谁共享数据
third-parties-name = 接收方
third-parties-kind = 类型
third-parties-purpose = 原因
third-parties-data = 共享的数据
third-parties-country = 国家或地区
third-parties-policy = 对方的隐私政策
storage-title = 数据存储地点
storage-region = 地区
storage-description = 存储内容
transfers-title = 跨境传输
transfers-destination = 目的地
transfers-safeguard = 保障措施
transfers-data = 传输的数据
rights-title = 您的权利
rights-how = 如何行使这项权利
rights-link = 在线提交此请求
rights-response-time = 我们会在{ $duration }内答复
change-policy-title = 本政策的变更
change-policy-material = 我们视为重大变更的情形
change-policy-notify = 我们如何通知您
change-policy-notice-days = 重大变更生效前 { $days } 天，我们会通知您。

## Versions
policy-released = 发布日期
version-label = 第 { $version } 版
version-state-current = 这是当前生效的版本。
version-state-archived = 此版本已不再生效。
version-state-upcoming = 此版本将于 { $date }生效。
version-read-current = 阅读当前生效的版本
upcoming-notice = 本政策的新版本将于 { $date }生效。
upcoming-read = 阅读新版本
change-material = 重大变更
change-minor = 一般变更
change-material-draft = 如按现状发布，属重大变更
change-minor-draft = 如按现状发布，属一般变更
history-title = 版本记录
history-link = 所有版本
history-caption = 本政策的所有版本，从新到旧
history-version = 版本
history-change = 变更类型
history-summary = 变更内容
history-released-by = 发布人：{ $name }
history-signed-off = 批准：{ $list }
history-draft = 草稿
history-state-current = 生效中
history-state-upcoming = 即将生效
history-state-archived = 已不再生效

## Change notices
notice-title = 第 { $version } 版的变更
notice-title-draft = 草稿的变更
notice-link = 变更内容
notice-summary = 摘要
notice-details = 变更详情
notice-text = 文字的变更
notice-compared = 与{ $version }比较
notice-first = 这是本政策首次发布的版本。
notice-unchanged = 本政策的内容没有变更。
notice-material-because = 为什么这是重大变更
notice-override = 虽然按规则属于重大变更，此版本仍作为一般变更发布。所述理由：{ $reason }
notice-added = 新增
notice-removed = 删除
notice-changed = 变更
notice-renamed = 原名“{ $title }”
notice-moved = 移动位置
notice-field = { $field }：{ $change }
notice-from-to = { $from } → { $to }
notice-added-items = 新增 { $items }
notice-removed-items = 删除 { $items }
notice-inserted = 新增：
notice-deleted = 删除：
# A run of unchanged paragraphs in a change notice, folded away (count is 3 or more).
notice-folded = { $count } 个未更改的段落
notice-none = 无
# A yes-or-no fact the policy does not state.
notice-not-stated = 未说明
notice-audience = 适用对象
notice-read-version = 阅读此版本
notice-feed = 变更订阅
feed-title = { $policy }：变更
field-name = 名称
field-description = 说明
field-retention-note = 保存说明
field-provider = 提供方
field-response-time = 答复期限
field-text = 文字
field-under-age = 年龄限制
field-ephemeral = 仅短暂处理，不保存
field-encrypted-in-transit = 传输中加密
field-deletable = 可应要求删除
field-store-types = 应用商店数据类型
field-tracking-domains = 跟踪域名
field-recipients = 接收方
audience-kind-general = 一般受众
audience-kind-children = 儿童
purpose-kind-app-functionality = 应用功能
purpose-kind-analytics = 分析
purpose-kind-personalization = 个性化
purpose-kind-developer-advertising = 我们自己的广告
purpose-kind-third-party-advertising = 其他公司的广告
purpose-kind-developer-communications = 我们发送的消息
purpose-kind-security = 安全与防欺诈
purpose-kind-compliance = 遵守法律
purpose-kind-account-management = 账户管理
purpose-kind-other = 其他目的
right-kind-information = 知情权
right-kind-access = 查阅权
right-kind-correction = 更正权
right-kind-deletion = 删除权
right-kind-restriction = 限制处理权
right-kind-objection = 反对权
right-kind-withdraw-consent = 撤回同意权
right-kind-portability = 可携带权
right-kind-account-cancellation = 注销账户权
right-kind-complaint = 投诉权
right-kind-automated-decisions = 与自动化决策有关的权利
right-kind-guardian = 父母和监护人的权利
right-kind-opt-out = 选择退出权
right-kind-other = 其他权利

## In-app views
app-read-web = 在网页上阅读

## Durations
duration-working-day = { $count } 个工作日
contact-response-term = 我们会{ $term }回复
rights-response-term = 我们会{ $term }答复
term-promptly = 及时
term-without-undue-delay = 不无故拖延地
term-as-required-by-law = 依照法律规定
retention-term-promptly = 及时删除
retention-term-without-undue-delay = 不无故拖延地删除
retention-term-as-required-by-law = 法律要求的期限
duration-day = { $count } 天
duration-week = { $count } 周
duration-month = { $count } 个月
duration-year = { $count } 年
until-account-deletion = 直到您注销账号
until-purpose-fulfilled = 直到目的实现
until-consent-withdrawn = 直到您撤回同意

## Data kinds
kind-basic = 基本个人信息
kind-identity = 身份信息
kind-contact = 联系方式
kind-biometric = 生物识别信息
kind-location = 位置
kind-device = 设备与网络
kind-usage = 使用记录
kind-content = 您创建的内容
kind-contacts-list = 通讯录
kind-financial = 财务信息
kind-health = 健康信息
kind-advertising = 广告标识符
kind-other = 其他

## Sources
source-user = 由您提供
source-automatic = 自动收集
source-third-party = 来自第三方

## Legal bases
basis-consent = 同意
basis-contract = 合同
basis-legal-obligation = 法定义务
basis-vital-interests = 重大利益
basis-public-task = 公共职责
basis-legitimate-interests = 正当利益
field-title = 标题
field-cases = 情形
field-condition = 条件
basis-explicit-consent = 明确同意
basis-contract-or-hr = 订立、履行合同或人力资源管理
basis-employment = 劳动和社会保障法律
basis-nonprofit-body = 非营利组织为其成员处理
basis-made-public = 已公开的信息
basis-legal-claims = 法律请求
basis-substantial-public-interest = 重大公共利益
basis-health-care = 医疗或社会照护
basis-public-health = 公共卫生
basis-research = 存档、研究或统计
basis-emergency = 紧急情况：突发公共卫生事件，或保护自然人的生命健康和财产安全
basis-news-reporting = 为公共利益实施新闻报道、舆论监督
basis-other-law = 法律规定的其他情形
basis-provision = { $basis }（{ $law }第{ $article }条）
basis-article = { $law }第{ $article }条
exceptions-title = 情形列表
exceptions-processing-without-consent = 我们无需征得您同意即可处理您个人信息的情形
exceptions-sharing-without-consent = 我们无需征得您同意即可共享您个人信息的情形
exceptions-refusal-cases = 我们可能拒绝您请求的情形
exceptions-deletion-cases = 您可以要求我们删除个人信息的情形
exceptions-storage-abroad = 您的个人信息可能存储于境外的情形
exceptions-other = 情形
list-separator = 、
exceptions-case-basis = { $case }（{ $basis }）
cookies-title = Cookie 及同类技术
cookies-name = 名称
cookies-provider = 设置方
cookies-purpose = 用途
cookies-duration = 保存期限
cookies-essential = 必要
cookies-first-party = 我们
cookies-session = 直至您关闭浏览器或应用
minors-title = 未成年人
minors-under = 不满{ $age }周岁的未成年人
minors-consent = 征得谁的同意
minors-consent-method = 如何取得监护人的同意
minors-rules = 适用的规则
minors-guardian-rights = 监护人可代为行使的权利
minor-consent-guardian = 监护人的同意
minor-consent-guardian-and-minor = 监护人和本人的同意
minor-consent-minor = 本人的同意
cookie-kind-cookie = Cookie
cookie-kind-local-storage = 本地存储
cookie-kind-web-beacon = 网络信标
cookie-kind-sdk-identifier = SDK 标识符
cookie-kind-other = 同类技术

## Platforms
platform-android = Android
platform-ios = iOS
platform-web = 网页
platform-mini-program = 小程序
platform-desktop = 桌面端

## Recipient kinds
recipient-sdk = SDK
recipient-processor = 受托处理者
recipient-partner = 合作伙伴
recipient-affiliate = 关联公司
recipient-authority = 主管部门

## Safeguards
safeguard-adequacy = 充分性认定
safeguard-standard-clauses = 标准合同条款
safeguard-binding-corporate-rules = 有约束力的公司规则
safeguard-consent = 您的单独同意
safeguard-security-assessment = 主管部门的安全评估
safeguard-certification = 认证
safeguard-standard-contract = 向主管部门备案的标准合同
safeguard-separate-consent = 我们会就此次出境另行征得您的同意

## Material changes
material-new-purpose = 新的目的，或数据的新用途
material-new-data-kind = 新的数据种类，或敏感信息
material-new-recipient = 新的接收方或 SDK
material-new-transfer = 数据传输到新的国家或地区
material-rights-reduced = 权利被取消或更难行使
material-contact-changed = 处理者、联系方式或投诉渠道变更
material-longer-retention = 数据保存更久
material-children-audience = 服务开始面向儿童
material-removed-recipient = 删除接收方或 SDK
material-text-changed = 文字的任何变更
material-any-change = 任何变更

## Notification channels
notify-email = 电子邮件
notify-in-app = 应用内通知
notify-website = 本网站公告
notify-push = 推送通知
notify-sms = 短信

## Jurisdictions
law-gdpr = GDPR（欧盟）
law-uk-gdpr = 英国 GDPR
law-pipl = 个人信息保护法（中国）
law-ccpa = CCPA（加州）
law-coppa = COPPA（美国）
law-lgpd = LGPD（巴西）
law-appi = 个人信息保护法（日本）
law-pipa = 个人信息保护法（韩国）
law-pipeda = PIPEDA（加拿大）

## Audience
audience-children = 本服务面向未满 { $age } 周岁的儿童。

## App-store data types (a data category's `store_types`, in change notices)
store-type-name = 姓名
store-type-email-address = 电子邮件地址
store-type-phone-number = 电话号码
store-type-physical-address = 实际地址
store-type-other-contact-info = 其他联系信息
store-type-user-id = 用户 ID
store-type-device-id = 设备 ID
store-type-race-or-ethnicity = 种族或民族
store-type-political-or-religious-beliefs = 政治或宗教信仰
store-type-sexual-orientation = 性取向
store-type-biometric = 生物识别信息
store-type-other-personal-info = 其他个人信息
store-type-payment-info = 支付信息
store-type-purchase-history = 购买记录
store-type-credit-info = 信用信息
store-type-other-financial-info = 其他财务信息
store-type-precise-location = 精确位置
store-type-coarse-location = 大致位置
store-type-browsing-history = 浏览记录
store-type-search-history = 搜索记录
store-type-emails = 电子邮件
store-type-text-messages = 短信
store-type-in-app-messages = 应用内消息
store-type-photos = 照片
store-type-videos = 视频
store-type-audio-recordings = 录音
store-type-music = 音乐文件
store-type-other-audio = 其他音频文件
store-type-health = 健康信息
store-type-fitness = 健身信息
store-type-contacts = 通讯录
store-type-calendar = 日历活动
store-type-files-and-docs = 文件和文档
store-type-gameplay-content = 游戏内容
store-type-customer-support = 客户支持
store-type-other-user-content = 其他用户内容
store-type-product-interaction = 产品交互
store-type-installed-apps = 已安装的应用
store-type-advertising-data = 广告数据
store-type-other-usage-data = 其他使用数据
store-type-crash-data = 崩溃数据
store-type-performance-data = 性能数据
store-type-other-diagnostic-data = 其他诊断数据
store-type-other-data-types = 其他数据类型

# Languages named in this language, for notes about text shown in another one.
language-of-en = 英语
language-of-de = 德语
language-of-fr = 法语
language-of-es = 西班牙语
language-of-pt-BR = 巴西葡萄牙语
language-of-ja = 日语
language-of-ko = 韩语
language-of-zh-Hans = 简体中文
language-of-zh-Hant = 繁体中文
language-of-ar = 阿拉伯语

# Notification texts of a material release (e-mail and in-app dialog).
notify-subject = { $product }{ $title }变更通知
notify-intro = 我们将更改{ $product }的{ $title }。新版本自{ $date }起生效。
notify-summary = 变更内容
notify-why = 我们通知您的原因
notify-read-changes = 阅读变更内容
notify-read-policy = 阅读新版本
notify-dialog-title = 我们正在更新{ $title }
notify-dialog-review = 查看变更
notify-dialog-later = 稍后

## PDF records
pdf-language = 语言
pdf-seal = 封印（已封存文件的 SHA-256）
pdf-sign-off = 发布与签核
pdf-translation = 翻译确认人
pdf-address = 永久地址
pdf-not-recorded = 未记录
pdf-about = 本 PDF 记录该版本发布并封存时的内容，其文本与永久地址上的文本相同。
pdf-too-long = 此版本的文本超过 { $pages } 页，超出 PDF 记录所能容纳的篇幅，因此本 PDF 仅含封面。文本请见永久地址。
pdf-page = 第 { $page } 页，共 { $pages } 页
pdf-changes = 变更通知
pdf-link = PDF
pdf-notice-link = 变更通知（PDF）
