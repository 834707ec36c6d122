# Clause の組み込み UI 文字列（日本語）。
# サイトは自分の locales/ja.ftl でどれでも上書きできます。

## Language
language-name = 日本語

## Page chrome
site-skip-to-content = 本文へ移動
site-policies = ポリシー
site-languages = 言語
site-generated-by = Clause で公開
page-not-found-title = ページが見つかりません
page-not-found-body = このアドレスにはページがありません。移動したか、リンクが誤っている可能性があります。
page-not-found-home = ポリシー一覧へ
chooser-intro = ポリシーと言語を選んでください。
chooser-empty = まだ公開されているポリシーはありません。

## Dates
date-long = { DATETIME($date, dateStyle: "long") }

## Passages shown in another language
fallback-page = このページの { $count } か所はまだ翻訳されておらず、{ $languages }で表示しています。
fallback-passage = 未翻訳：{ $language }で表示しています。

## Policy page
policy-effective = 施行日
policy-updated = 最終更新日
policy-draft = 下書き：未公開
policy-contents = 目次
policy-key-points = 要点
glance-title = プライバシーの概要
glance-tracking = トラッキングに使用されるデータ
glance-linked = ユーザーに関連付けられたデータ
glance-not-linked = ユーザーに関連付けられないデータ
glance-shared = 他社と共有されるデータ
glance-sold = 販売されるデータ
# Categories whose policy does not say (never shown as a yes or a no).
glance-tracking-unstated = トラッキングに使用されるかは記載されていません
glance-linked-unstated = あなたに関連付けられるかは記載されていません
glance-shared-unstated = 他社と共有されるかは記載されていません
glance-none = なし
glance-not-sold = これらのデータを販売することはありません。
policy-product = 製品
policy-section-link = このセクションへのリンク
policy-jurisdictions = 本ポリシーが対象とする法律

## Contact card
contact-title = お問い合わせ
contact-controller = 個人情報取扱事業者
contact-registered-address = 登記上の住所
contact-office-address = 事務所の住所
contact-email = メール
contact-phone = 電話
contact-url = ウェブ
contact-address = 郵送先住所
contact-dpo = データ保護責任者
# The same roles in the words of China's PIPL.
contact-controller-pipl = 個人情報取扱者
contact-dpo-pipl = 個人情報保護責任者
contact-addresses = 住所
contact-channels = お問い合わせ方法
contact-address-role-registered = 登記上の住所
contact-address-role-office = 事務所の住所
contact-address-role-postal = 郵送先
contact-address-role-representative = EU または英国における代理人
contact-address-role-dpo = データ保護責任者の住所
contact-address-role-other = 住所
contact-channel-email = メール
contact-channel-phone = 電話
contact-channel-web = ウェブ
contact-channel-chat = オンラインチャット
contact-channel-in-app = アプリ内
contact-channel-other = その他
contact-response-time = { $duration }以内にご返答します

## Table captions and headings
purposes-title = データを利用する目的
purposes-name = 目的
purposes-description = 内容
data-title = 取得するデータ
data-category = 区分
data-items = 具体的な項目
data-kind = 種類
data-source = 取得元
data-required = 必須
data-purposes = 利用目的
data-legal-basis = 法的根拠
data-retention = 保存期間
data-sensitive = 要配慮
data-yes = はい
data-no = いいえ
data-not-stated = 記載なし
section-ref = 第{ $number }項「{ $title }」
section-ref-unnumbered = 「{ $title }」
retention-title = データの保存期間
features-title = 機能と利用するデータ
features-name = 機能
features-data = 利用するデータ
features-permissions = 権限
features-required = 必須
permissions-title = アプリの権限
permissions-platform = プラットフォーム
permissions-name = 権限
permissions-identifier = システム上の名前
permissions-use = 利用目的
permissions-features = 機能
permissions-optional = 任意
third-parties-title = データの提供先
third-parties-name = 提供先
third-parties-kind = 種類
third-parties-purpose = 理由
third-parties-data = 提供するデータ
third-parties-country = 国・地域
third-parties-policy = 提供先のプライバシーポリシー
storage-title = データの保存場所
storage-region = 地域
storage-description = 保存する内容
transfers-title = 外国への移転
transfers-destination = 移転先
transfers-safeguard = 保護措置
transfers-data = 移転するデータ
rights-title = あなたの権利
rights-how = この権利の行使方法
rights-link = オンラインで申請する
rights-response-time = { $duration }以内に対応します
change-policy-title = 本ポリシーの変更
change-policy-material = 重要な変更とみなすもの
change-policy-notify = お知らせの方法
change-policy-notice-days = 重要な変更は、効力発生の { $days } 日前までにお知らせします。

## Versions
policy-released = 公開日
version-label = 第 { $version } 版
version-state-current = これは現在有効な版です。
version-state-archived = この版は現在は有効ではありません。
version-state-upcoming = この版は { $date }に効力を生じます。
version-read-current = 現在有効な版を読む
upcoming-notice = 本ポリシーの新しい版が { $date }に効力を生じます。
upcoming-read = 新しい版を読む
change-material = 重要な変更
change-minor = 軽微な変更
change-material-draft = このまま公開すれば重要な変更
change-minor-draft = このまま公開すれば軽微な変更
history-title = 改訂履歴
history-link = すべての版
history-caption = 本ポリシーのすべての版（新しい順）
history-version = 版
history-change = 変更の種類
history-summary = 変更内容
history-released-by = 公開者: { $name }
history-signed-off = 承認: { $list }
history-draft = 下書き
history-state-current = 有効
history-state-upcoming = 施行予定
history-state-archived = 失効

## Change notices
notice-title = 第 { $version } 版の変更点
notice-title-draft = 草案による変更点
notice-link = 変更点
notice-summary = 概要
notice-details = 変更の詳細
notice-text = 本文の変更
notice-compared = { $version }との比較
notice-first = 本ポリシーの最初の公開版です。
notice-unchanged = ポリシーの内容に変更はありません。
notice-material-because = 重要な変更とされる理由
notice-override = 規則上は重要な変更ですが、軽微な変更として公開されました。理由：{ $reason }
notice-added = 追加
notice-removed = 削除
notice-changed = 変更
notice-renamed = 旧名「{ $title }」
notice-moved = 移動
notice-field = { $field }：{ $change }
notice-from-to = { $from } → { $to }
notice-added-items = 追加：{ $items }
notice-removed-items = 削除：{ $items }
notice-inserted = 挿入：
notice-deleted = 削除：
# A run of unchanged paragraphs in a change notice, folded away (count is 3 or more).
notice-folded = 変更のない段落 { $count } 件
notice-none = なし
# A yes-or-no fact the policy does not state.
notice-not-stated = 記載なし
notice-audience = 対象者
notice-read-version = この版を読む
notice-feed = 変更のフィード
feed-title = { $policy }：変更
field-name = 名称
field-description = 説明
field-retention-note = 保存に関する注記
field-provider = 提供者
field-response-time = 回答期限
field-text = 本文
field-under-age = 年齢制限
field-ephemeral = 一時的に処理し、保存しない
field-encrypted-in-transit = 送信時に暗号化
field-deletable = 請求により削除可能
field-store-types = アプリストアのデータの種類
field-tracking-domains = トラッキングドメイン
field-recipients = 受領者
audience-kind-general = 一般向け
audience-kind-children = 子ども向け
purpose-kind-app-functionality = アプリの機能
purpose-kind-analytics = 分析
purpose-kind-personalization = パーソナライズ
purpose-kind-developer-advertising = 当社の広告
purpose-kind-third-party-advertising = 他社の広告
purpose-kind-developer-communications = 当社からのお知らせ
purpose-kind-security = セキュリティと不正防止
purpose-kind-compliance = 法令の遵守
purpose-kind-account-management = アカウント管理
purpose-kind-other = その他の目的
right-kind-information = 説明を受ける権利
right-kind-access = 開示を求める権利
right-kind-correction = 訂正を求める権利
right-kind-deletion = 削除を求める権利
right-kind-restriction = 処理の制限を求める権利
right-kind-objection = 異議を申し立てる権利
right-kind-withdraw-consent = 同意を撤回する権利
right-kind-portability = データポータビリティの権利
right-kind-account-cancellation = アカウントを解約する権利
right-kind-complaint = 苦情を申し立てる権利
right-kind-automated-decisions = 自動化された決定に関する権利
right-kind-guardian = 保護者の権利
right-kind-opt-out = オプトアウトの権利
right-kind-other = その他の権利

## In-app views
app-read-web = ウェブで読む

## Durations
duration-working-day = { $count } 営業日
contact-response-term = { $term }ご返答します
rights-response-term = { $term }対応します
term-promptly = 速やかに
term-without-undue-delay = 不当に遅滞することなく
term-as-required-by-law = 法令の定めに従って
retention-term-promptly = 速やかに削除
retention-term-without-undue-delay = 不当に遅滞することなく削除
retention-term-as-required-by-law = 法令が求める期間
duration-day = { $count } 日
duration-week = { $count } 週間
duration-month = { $count } か月
duration-year = { $count } 年
until-account-deletion = アカウントを削除するまで
until-purpose-fulfilled = 目的を達成するまで
until-consent-withdrawn = 同意を撤回するまで

## Data kinds
kind-basic = 基本的な個人情報
kind-identity = 本人確認情報
kind-contact = 連絡先
kind-biometric = 生体情報
kind-location = 位置情報
kind-device = 端末とネットワーク
kind-usage = 利用状況
kind-content = あなたが作成したコンテンツ
kind-contacts-list = アドレス帳
kind-financial = 金融情報
kind-health = 健康情報
kind-advertising = 広告識別子
kind-other = その他

## Sources
source-user = あなたから
source-automatic = 自動的に取得
source-third-party = 第三者から

## Legal bases
basis-consent = 同意
basis-contract = 契約
basis-legal-obligation = 法的義務
basis-vital-interests = 生命に関わる利益
basis-public-task = 公共の任務
basis-legitimate-interests = 正当な利益
field-title = 見出し
field-cases = 事例
field-condition = 条件
basis-explicit-consent = 明示的な同意
basis-contract-or-hr = 契約または人事管理
basis-employment = 雇用および社会保障に関する法律
basis-nonprofit-body = 非営利団体による、その会員のための取扱い
basis-made-public = すでに公開されている情報
basis-legal-claims = 法的請求
basis-substantial-public-interest = 重要な公共の利益
basis-health-care = 医療または社会福祉
basis-public-health = 公衆衛生
basis-research = 記録保存、研究または統計
basis-emergency = 緊急事態：公衆衛生、または人の生命・健康・財産の保護
basis-news-reporting = 公共の利益のための報道および世論による監督
basis-other-law = 法律が定めるその他の場合
basis-provision = { $basis }（{ $law } 第{ $article }条）
basis-article = { $law } 第{ $article }条
exceptions-title = 事例の一覧
exceptions-processing-without-consent = 同意なくお客様のデータを取り扱うことがある場合
exceptions-sharing-without-consent = 同意なくお客様のデータを共有することがある場合
exceptions-refusal-cases = ご請求をお断りすることがある場合
exceptions-deletion-cases = データの削除を請求できる場合
exceptions-storage-abroad = お客様のデータを国外で保存することがある場合
exceptions-other = 事例
list-separator = 、
exceptions-case-basis = { $case }（{ $basis }）
cookies-title = Cookie および類似の技術
cookies-name = 名前
cookies-provider = 設定者
cookies-purpose = 用途
cookies-duration = 保存期間
cookies-essential = 必要不可欠
cookies-first-party = 当社
cookies-session = ブラウザまたはアプリを閉じるまで
minors-title = 未成年者
minors-under = { $age }歳未満の未成年者
minors-consent = 同意を得る相手
minors-consent-method = 保護者の同意の取得方法
minors-rules = 適用されるルール
minors-guardian-rights = 保護者が本人に代わって行使できる権利
minor-consent-guardian = 保護者の同意
minor-consent-guardian-and-minor = 保護者と本人の同意
minor-consent-minor = 本人の同意
cookie-kind-cookie = Cookie
cookie-kind-local-storage = ローカルストレージ
cookie-kind-web-beacon = ウェブビーコン
cookie-kind-sdk-identifier = SDK の識別子
cookie-kind-other = 類似の技術

## Platforms
platform-android = Android
platform-ios = iOS
platform-web = ウェブ
platform-mini-program = ミニプログラム
platform-desktop = デスクトップ

## Recipient kinds
recipient-sdk = SDK
recipient-processor = 委託先
recipient-partner = 提携先
recipient-affiliate = グループ会社
recipient-authority = 公的機関

## Safeguards
safeguard-adequacy = 十分性認定
safeguard-standard-clauses = 標準契約条項
safeguard-binding-corporate-rules = 拘束的企業準則
safeguard-consent = あなたの明示的な同意
safeguard-security-assessment = 当局による安全評価
safeguard-certification = 認証
safeguard-standard-contract = 当局に届け出た標準契約
safeguard-separate-consent = この移転については別途同意を求めます

## Material changes
material-new-purpose = 新しい目的、またはデータの新しい利用
material-new-data-kind = 新しい種類のデータ、または要配慮個人情報
material-new-recipient = 新しい提供先または SDK
material-new-transfer = データの新しい移転先の国
material-rights-reduced = 権利の削除、または行使を難しくする変更
material-contact-changed = 事業者、連絡先、苦情窓口の変更
material-longer-retention = 保存期間の延長
material-children-audience = サービスが子ども向けになること
material-removed-recipient = 提供先または SDK の削除
material-text-changed = 本文のあらゆる変更
material-any-change = あらゆる変更

## Notification channels
notify-email = メール
notify-in-app = アプリ内のお知らせ
notify-website = このサイトでのお知らせ
notify-push = プッシュ通知
notify-sms = SMS

## Jurisdictions
law-gdpr = GDPR（EU）
law-uk-gdpr = 英国 GDPR
law-pipl = 個人情報保護法（中国）
law-ccpa = CCPA（カリフォルニア州）
law-coppa = COPPA（米国）
law-lgpd = LGPD（ブラジル）
law-appi = 個人情報保護法（日本）
law-pipa = 個人情報保護法（韓国）
law-pipeda = PIPEDA（カナダ）

## Audience
audience-children = 本サービスは { $age } 歳未満の子どもを対象としています。

## App-store data types (a data category's `store_types`, in change notices)
store-type-name = 名前
store-type-email-address = メールアドレス
store-type-phone-number = 電話番号
store-type-physical-address = 住所
store-type-other-contact-info = その他の連絡先情報
store-type-user-id = ユーザーID
store-type-device-id = デバイスID
store-type-race-or-ethnicity = 人種または民族
store-type-political-or-religious-beliefs = 政治的または宗教的信条
store-type-sexual-orientation = 性的指向
store-type-biometric = 生体情報
store-type-other-personal-info = その他の個人情報
store-type-payment-info = 支払い情報
store-type-purchase-history = 購入履歴
store-type-credit-info = 信用情報
store-type-other-financial-info = その他の金融情報
store-type-precise-location = 正確な位置情報
store-type-coarse-location = おおよその位置情報
store-type-browsing-history = 閲覧履歴
store-type-search-history = 検索履歴
store-type-emails = メール
store-type-text-messages = テキストメッセージ
store-type-in-app-messages = アプリ内メッセージ
store-type-photos = 写真
store-type-videos = 動画
store-type-audio-recordings = 音声録音
store-type-music = 音楽ファイル
store-type-other-audio = その他の音声ファイル
store-type-health = 健康情報
store-type-fitness = フィットネス情報
store-type-contacts = 連絡先
store-type-calendar = カレンダーの予定
store-type-files-and-docs = ファイルと書類
store-type-gameplay-content = ゲームのコンテンツ
store-type-customer-support = カスタマーサポート
store-type-other-user-content = その他のユーザーコンテンツ
store-type-product-interaction = 製品の操作
store-type-installed-apps = インストール済みアプリ
store-type-advertising-data = 広告データ
store-type-other-usage-data = その他の使用状況データ
store-type-crash-data = クラッシュデータ
store-type-performance-data = パフォーマンスデータ
store-type-other-diagnostic-data = その他の診断データ
store-type-other-data-types = その他のデータの種類

# Languages named in this language, for notes about text shown in another one.
language-of-en = 英語
language-of-de = ドイツ語
language-of-fr = フランス語
language-of-es = スペイン語
language-of-pt-BR = ポルトガル語 (ブラジル)
language-of-ja = 日本語
language-of-ko = 韓国語
language-of-zh-Hans = 簡体中国語
language-of-zh-Hant = 繁体中国語
language-of-ar = アラビア語

# Notification texts of a material release (e-mail and in-app dialog).
notify-subject = { $product }の{ $title }の変更について
notify-intro = { $product }の{ $title }を変更します。新しい版は{ $date }から適用されます。
notify-summary = 変更点
notify-why = お知らせする理由
notify-read-changes = 変更内容を読む
notify-read-policy = 新しい版を読む
notify-dialog-title = { $title }を更新します
notify-dialog-review = 変更を確認
notify-dialog-later = あとで

## PDF records
pdf-language = 言語
pdf-seal = シール（封印されたファイルの SHA-256）
pdf-sign-off = 公開と承認
pdf-translation = 翻訳の確認者
pdf-address = 固定アドレス
pdf-not-recorded = 記録なし
pdf-about = この PDF は、公開され封印されたときのままの版を記録しています。本文は固定アドレスの本文と同じです。
pdf-too-long = この版の本文は { $pages } ページを超え、PDF に記録できる量を超えるため、この PDF には表紙のみを収めています。本文は固定アドレスにあります。
pdf-page = { $page } / { $pages } ページ
pdf-changes = 変更のお知らせ
pdf-link = PDF
pdf-notice-link = 変更のお知らせ（PDF）
