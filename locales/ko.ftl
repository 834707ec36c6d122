# Clause 기본 UI 문자열(한국어).
# 사이트는 자체 locales/ko.ftl에서 어느 항목이든 덮어쓸 수 있습니다.

## Language
language-name = 한국어

## Page chrome
site-skip-to-content = 본문으로 건너뛰기
site-policies = 방침
site-languages = 언어
site-generated-by = Clause로 게시됨
page-not-found-title = 페이지를 찾을 수 없습니다
page-not-found-body = 이 주소에는 페이지가 없습니다. 페이지가 이동했거나 링크가 잘못되었을 수 있습니다.
page-not-found-home = 방침 목록으로 이동
chooser-intro = 방침과 언어를 선택하세요.
chooser-empty = 아직 게시된 방침이 없습니다.

## Dates
date-long = { DATETIME($date, dateStyle: "long") }

## Passages shown in another language
fallback-page = 이 페이지의 { $count }개 부분은 아직 번역되지 않아 { $languages }(으)로 표시됩니다.
fallback-passage = 아직 번역되지 않음: { $language }(으)로 표시됩니다.

## Policy page
policy-effective = 시행일
policy-updated = 최종 수정일
policy-draft = 초안: 아직 게시되지 않음
policy-contents = 목차
policy-key-points = 핵심 요약
glance-title = 개인정보 한눈에 보기
glance-tracking = 추적에 사용되는 데이터
glance-linked = 사용자와 연결된 데이터
glance-not-linked = 사용자와 연결되지 않은 데이터
glance-shared = 다른 회사와 공유되는 데이터
glance-sold = 판매되는 데이터
# Categories whose policy does not say (never shown as a yes or a no).
glance-tracking-unstated = 추적에 사용되는지 명시되지 않음
glance-linked-unstated = 사용자와 연결되는지 명시되지 않음
glance-shared-unstated = 다른 회사와 공유되는지 명시되지 않음
glance-none = 없음
glance-not-sold = 이 데이터는 어떤 것도 판매하지 않습니다.
policy-product = 제품
policy-section-link = 이 섹션 링크
policy-jurisdictions = 이 방침이 다루는 법률

## Contact card
contact-title = 문의
contact-controller = 개인정보처리자
contact-registered-address = 등기 주소
contact-office-address = 사무실 주소
contact-email = 이메일
contact-phone = 전화
contact-url = 웹
contact-address = 우편 주소
contact-dpo = 개인정보 보호책임자
# The same roles in the words of China's PIPL.
contact-controller-pipl = 개인정보처리자
contact-dpo-pipl = 개인정보 보호책임자
contact-addresses = 주소
contact-channels = 연락 방법
contact-address-role-registered = 등기 주소
contact-address-role-office = 사무소 주소
contact-address-role-postal = 우편 주소
contact-address-role-representative = EU 또는 영국 내 대리인
contact-address-role-dpo = 개인정보 보호책임자 주소
contact-address-role-other = 주소
contact-channel-email = 이메일
contact-channel-phone = 전화
contact-channel-web = 웹
contact-channel-chat = 온라인 채팅
contact-channel-in-app = 앱 내
contact-channel-other = 기타
contact-response-time = { $duration } 이내에 답변합니다

## Table captions and headings
purposes-title = 데이터를 이용하는 이유
purposes-name = 목적
purposes-description = 의미
data-title = 수집하는 데이터
data-category = 항목
data-items = 세부 항목
data-kind = 종류
data-source = 출처
data-required = 필수
data-purposes = 이용 목적
data-legal-basis = 법적 근거
data-retention = 보유 기간
data-sensitive = 민감정보
data-yes = 예
data-no = 아니요
data-not-stated = 명시되지 않음
section-ref = { $number }항 「{ $title }」
section-ref-unnumbered = 「{ $title }」
retention-title = 데이터 보유 기간
features-title = 기능과 이용하는 데이터
features-name = 기능
features-data = 이용하는 데이터
features-permissions = 권한
features-required = 필수
permissions-title = 앱 권한
permissions-platform = 플랫폼
permissions-name = 권한
permissions-identifier = 시스템 이름
permissions-use = 이용 목적
permissions-features = 기능
permissions-optional = 선택
third-parties-title = 데이터를 제공받는 자
third-parties-name = 제공받는 자
third-parties-kind = 유형
third-parties-purpose = 이유
third-parties-data = 제공하는 데이터
third-parties-country = 국가
third-parties-policy = 제공받는 자의 개인정보 처리방침
storage-title = 데이터 저장 위치
storage-region = 지역
storage-description = 저장 내용
transfers-title = 국외 이전
transfers-destination = 이전 국가
transfers-safeguard = 보호 조치
transfers-data = 이전하는 데이터
rights-title = 이용자의 권리
rights-how = 이 권리를 행사하는 방법
rights-link = 온라인으로 요청하기
rights-response-time = { $duration } 이내에 처리합니다
change-policy-title = 이 방침의 변경
change-policy-material = 중요한 변경으로 보는 경우
change-policy-notify = 알리는 방법
change-policy-notice-days = 중요한 변경은 시행 { $days }일 전에 알려 드립니다.

## Versions
policy-released = 게시일
version-label = 버전 { $version }
version-state-current = 현재 시행 중인 버전입니다.
version-state-archived = 이 버전은 더 이상 시행되지 않습니다.
version-state-upcoming = 이 버전은 { $date }부터 시행됩니다.
version-read-current = 현재 시행 중인 버전 보기
upcoming-notice = 이 방침의 새 버전이 { $date }부터 시행됩니다.
upcoming-read = 새 버전 보기
change-material = 중요한 변경
change-minor = 경미한 변경
change-material-draft = 이대로 게시하면 중요한 변경
change-minor-draft = 이대로 게시하면 경미한 변경
history-title = 버전 기록
history-link = 모든 버전
history-caption = 이 방침의 모든 버전(최신순)
history-version = 버전
history-change = 변경 유형
history-summary = 변경 내용
history-released-by = 게시자: { $name }
history-signed-off = 승인: { $list }
history-draft = 초안
history-state-current = 시행 중
history-state-upcoming = 시행 예정
history-state-archived = 시행 종료

## Change notices
notice-title = 버전 { $version }의 변경 사항
notice-title-draft = 초안의 변경 사항
notice-link = 변경 사항
notice-summary = 요약
notice-details = 자세한 변경 내용
notice-text = 본문 변경
notice-compared = { $version }과(와) 비교
notice-first = 이 방침의 첫 게시 버전입니다.
notice-unchanged = 방침의 내용은 바뀌지 않았습니다.
notice-material-because = 중요한 변경인 이유
notice-override = 규칙상 중요한 변경이지만 경미한 변경으로 게시되었습니다. 사유: { $reason }
notice-added = 추가
notice-removed = 삭제
notice-changed = 변경
notice-renamed = 이전 이름 “{ $title }”
notice-moved = 이동
notice-field = { $field }: { $change }
notice-from-to = { $from } → { $to }
notice-added-items = 추가: { $items }
notice-removed-items = 삭제: { $items }
notice-inserted = 삽입:
notice-deleted = 삭제:
# A run of unchanged paragraphs in a change notice, folded away (count is 3 or more).
notice-folded = 변경되지 않은 단락 { $count }개
notice-none = 없음
# A yes-or-no fact the policy does not state.
notice-not-stated = 명시되지 않음
notice-audience = 대상
notice-read-version = 이 버전 보기
notice-feed = 변경 피드
feed-title = { $policy }: 변경
field-name = 이름
field-description = 설명
field-retention-note = 보유 관련 참고
field-provider = 제공자
field-response-time = 답변 기한
field-text = 본문
field-under-age = 연령 기준
field-ephemeral = 잠시 처리하고 저장하지 않음
field-encrypted-in-transit = 전송 중 암호화
field-deletable = 요청 시 삭제 가능
field-store-types = 앱 스토어 데이터 유형
field-tracking-domains = 추적 도메인
field-recipients = 수신자
audience-kind-general = 일반 이용자
audience-kind-children = 아동
purpose-kind-app-functionality = 앱 기능
purpose-kind-analytics = 분석
purpose-kind-personalization = 맞춤화
purpose-kind-developer-advertising = 자사 광고
purpose-kind-third-party-advertising = 타사 광고
purpose-kind-developer-communications = 당사의 안내
purpose-kind-security = 보안 및 부정 방지
purpose-kind-compliance = 법령 준수
purpose-kind-account-management = 계정 관리
purpose-kind-other = 기타 목적
right-kind-information = 안내받을 권리
right-kind-access = 열람권
right-kind-correction = 정정권
right-kind-deletion = 삭제권
right-kind-restriction = 처리 제한권
right-kind-objection = 반대권
right-kind-withdraw-consent = 동의 철회권
right-kind-portability = 개인정보 이동권
right-kind-account-cancellation = 계정 해지권
right-kind-complaint = 불만 제기권
right-kind-automated-decisions = 자동화된 결정에 관한 권리
right-kind-guardian = 부모 및 보호자의 권리
right-kind-opt-out = 거부권(옵트아웃)
right-kind-other = 기타 권리

## In-app views
app-read-web = 웹에서 보기

## Durations
duration-working-day = 영업일 기준 { $count }일
contact-response-term = { $term } 답변합니다
rights-response-term = { $term } 처리합니다
term-promptly = 신속하게
term-without-undue-delay = 지체 없이
term-as-required-by-law = 법령에 따라
retention-term-promptly = 신속하게 삭제
retention-term-without-undue-delay = 지체 없이 삭제
retention-term-as-required-by-law = 법령이 요구하는 기간 동안
duration-day = { $count }일
duration-week = { $count }주
duration-month = { $count }개월
duration-year = { $count }년
until-account-deletion = 계정을 삭제할 때까지
until-purpose-fulfilled = 목적이 달성될 때까지
until-consent-withdrawn = 동의를 철회할 때까지

## Data kinds
kind-basic = 기본 개인정보
kind-identity = 신원 정보
kind-contact = 연락처
kind-biometric = 생체 정보
kind-location = 위치
kind-device = 기기 및 네트워크
kind-usage = 이용 기록
kind-content = 이용자가 만든 콘텐츠
kind-contacts-list = 주소록
kind-financial = 금융 정보
kind-health = 건강 정보
kind-advertising = 광고 식별자
kind-other = 기타

## Sources
source-user = 이용자로부터
source-automatic = 자동 수집
source-third-party = 제3자로부터

## Legal bases
basis-consent = 동의
basis-contract = 계약
basis-legal-obligation = 법적 의무
basis-vital-interests = 생명 보호
basis-public-task = 공공 업무
basis-legitimate-interests = 정당한 이익
field-title = 제목
field-cases = 사례
field-condition = 조건
basis-explicit-consent = 명시적 동의
basis-contract-or-hr = 계약 또는 인사 관리
basis-employment = 고용 및 사회보장 관련 법률
basis-nonprofit-body = 비영리 단체의 회원 대상 처리
basis-made-public = 이미 공개된 정보
basis-legal-claims = 법적 청구
basis-substantial-public-interest = 중대한 공익
basis-health-care = 보건 의료 또는 사회 복지
basis-public-health = 공중 보건
basis-research = 기록 보존, 연구 또는 통계
basis-emergency = 긴급 상황: 공중 보건, 또는 사람의 생명·건강·재산 보호
basis-news-reporting = 공익을 위한 보도 및 여론 감시
basis-other-law = 법률이 정하는 그 밖의 경우
basis-provision = { $basis } ({ $law } 제{ $article }조)
basis-article = { $law } 제{ $article }조
exceptions-title = 사례 목록
exceptions-processing-without-consent = 동의 없이 개인정보를 처리할 수 있는 경우
exceptions-sharing-without-consent = 동의 없이 개인정보를 공유할 수 있는 경우
exceptions-refusal-cases = 요청을 거절할 수 있는 경우
exceptions-deletion-cases = 개인정보 삭제를 요청할 수 있는 경우
exceptions-storage-abroad = 개인정보를 국외에 보관할 수 있는 경우
exceptions-other = 사례
list-separator = { ", " }
exceptions-case-basis = { $case } ({ $basis })
cookies-title = 쿠키 및 유사 기술
cookies-name = 이름
cookies-provider = 설정 주체
cookies-purpose = 용도
cookies-duration = 보관 기간
cookies-essential = 반드시 필요함
cookies-first-party = 당사
cookies-session = 브라우저나 앱을 닫을 때까지
minors-title = 미성년자
minors-under = { $age }세 미만 미성년자
minors-consent = 동의를 받는 대상
minors-consent-method = 보호자 동의를 받는 방법
minors-rules = 적용되는 규칙
minors-guardian-rights = 보호자가 대신 행사할 수 있는 권리
minor-consent-guardian = 보호자의 동의
minor-consent-guardian-and-minor = 보호자와 본인의 동의
minor-consent-minor = 본인의 동의
cookie-kind-cookie = 쿠키
cookie-kind-local-storage = 로컬 저장소
cookie-kind-web-beacon = 웹 비콘
cookie-kind-sdk-identifier = SDK 식별자
cookie-kind-other = 유사 기술

## Platforms
platform-android = Android
platform-ios = iOS
platform-web = 웹
platform-mini-program = 미니 프로그램
platform-desktop = 데스크톱

## Recipient kinds
recipient-sdk = SDK
recipient-processor = 수탁자
recipient-partner = 제휴사
recipient-affiliate = 계열사
recipient-authority = 공공기관

## Safeguards
safeguard-adequacy = 적정성 결정
safeguard-standard-clauses = 표준계약조항
safeguard-binding-corporate-rules = 구속력 있는 기업 규칙
safeguard-consent = 이용자의 명시적 동의
safeguard-security-assessment = 감독기관의 보안 평가
safeguard-certification = 인증
safeguard-standard-contract = 감독 기관에 제출한 표준 계약
safeguard-separate-consent = 이 이전에 대해서는 별도로 동의를 받습니다

## Material changes
material-new-purpose = 새로운 목적 또는 데이터의 새로운 이용
material-new-data-kind = 새로운 종류의 데이터 또는 민감정보
material-new-recipient = 새로운 제공받는 자 또는 SDK
material-new-transfer = 데이터가 이전되는 새로운 국가
material-rights-reduced = 권리의 삭제 또는 행사를 어렵게 하는 변경
material-contact-changed = 처리자, 연락처 또는 불만 처리 창구의 변경
material-longer-retention = 보유 기간 연장
material-children-audience = 아동을 대상으로 하는 서비스로의 변경
material-removed-recipient = 제공받는 자 또는 SDK 삭제
material-text-changed = 본문의 모든 변경
material-any-change = 모든 변경

## Notification channels
notify-email = 이메일
notify-in-app = 앱 내 공지
notify-website = 이 사이트의 공지
notify-push = 푸시 알림
notify-sms = 문자 메시지

## Jurisdictions
law-gdpr = GDPR(유럽연합)
law-uk-gdpr = 영국 GDPR
law-pipl = 개인정보보호법(중국)
law-ccpa = CCPA(캘리포니아)
law-coppa = COPPA(미국)
law-lgpd = LGPD(브라질)
law-appi = 개인정보보호법(일본)
law-pipa = 개인정보 보호법(한국)
law-pipeda = PIPEDA(캐나다)

## Audience
audience-children = 이 서비스는 { $age }세 미만 아동을 대상으로 합니다.

## App-store data types (a data category's `store_types`, in change notices)
store-type-name = 이름
store-type-email-address = 이메일 주소
store-type-phone-number = 전화번호
store-type-physical-address = 주소
store-type-other-contact-info = 기타 연락처 정보
store-type-user-id = 사용자 ID
store-type-device-id = 기기 ID
store-type-race-or-ethnicity = 인종 또는 민족
store-type-political-or-religious-beliefs = 정치적 또는 종교적 신념
store-type-sexual-orientation = 성적 지향
store-type-biometric = 생체 정보
store-type-other-personal-info = 기타 개인 정보
store-type-payment-info = 결제 정보
store-type-purchase-history = 구매 내역
store-type-credit-info = 신용 정보
store-type-other-financial-info = 기타 금융 정보
store-type-precise-location = 정확한 위치
store-type-coarse-location = 대략적인 위치
store-type-browsing-history = 방문 기록
store-type-search-history = 검색 기록
store-type-emails = 이메일
store-type-text-messages = 문자 메시지
store-type-in-app-messages = 앱 내 메시지
store-type-photos = 사진
store-type-videos = 동영상
store-type-audio-recordings = 음성 녹음
store-type-music = 음악 파일
store-type-other-audio = 기타 오디오 파일
store-type-health = 건강 정보
store-type-fitness = 피트니스 정보
store-type-contacts = 연락처
store-type-calendar = 캘린더 일정
store-type-files-and-docs = 파일 및 문서
store-type-gameplay-content = 게임 콘텐츠
store-type-customer-support = 고객 지원
store-type-other-user-content = 기타 사용자 콘텐츠
store-type-product-interaction = 제품 상호작용
store-type-installed-apps = 설치된 앱
store-type-advertising-data = 광고 데이터
store-type-other-usage-data = 기타 사용 데이터
store-type-crash-data = 비정상 종료 데이터
store-type-performance-data = 성능 데이터
store-type-other-diagnostic-data = 기타 진단 데이터
store-type-other-data-types = 기타 데이터 유형

# Languages named in this language, for notes about text shown in another one.
language-of-en = 영어
language-of-de = 독일어
language-of-fr = 프랑스어
language-of-es = 스페인어
language-of-pt-BR = 브라질 포르투갈어
language-of-ja = 일본어
language-of-ko = 한국어
language-of-zh-Hans = 중국어 간체
language-of-zh-Hant = 중국어 번체
language-of-ar = 아랍어

# Notification texts of a material release (e-mail and in-app dialog).
notify-subject = { $product } { $title } 변경 안내
notify-intro = { $product }의 { $title }을 변경합니다. 새 버전은 { $date }부터 적용됩니다.
notify-summary = 변경 사항
notify-why = 알려 드리는 이유
notify-read-changes = 변경 내용 읽기
notify-read-policy = 새 버전 읽기
notify-dialog-title = { $title }을 업데이트합니다
notify-dialog-review = 변경 사항 보기
notify-dialog-later = 나중에

## PDF records
pdf-language = 언어
pdf-seal = 봉인(봉인된 파일의 SHA-256)
pdf-sign-off = 게시 및 승인
pdf-translation = 번역 확인자
pdf-address = 고정 주소
pdf-not-recorded = 기록 없음
pdf-about = 이 PDF는 게시되고 봉인된 그대로의 버전을 기록합니다. 본문은 고정 주소의 본문과 같습니다.
pdf-too-long = 이 버전의 본문은 { $pages }쪽을 넘어 PDF에 기록할 수 있는 분량을 초과하므로, 이 PDF에는 표지만 담았습니다. 본문은 고정 주소에 있습니다.
pdf-page = { $pages }쪽 중 { $page }쪽
pdf-changes = 변경 안내
pdf-link = PDF
pdf-notice-link = 변경 안내(PDF)
