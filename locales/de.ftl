# Clauses eingebaute Oberflächentexte auf Deutsch.
# Eine Website kann jeden davon in ihrer eigenen locales/de.ftl überschreiben.

## Language
language-name = Deutsch

## Page chrome
site-skip-to-content = Zum Inhalt springen
site-policies = Richtlinien
site-languages = Sprachen
site-generated-by = Veröffentlicht mit Clause
page-not-found-title = Seite nicht gefunden
page-not-found-body = Unter dieser Adresse gibt es keine Seite. Sie wurde vielleicht verschoben, oder der Link ist falsch.
page-not-found-home = Zur Liste der Richtlinien
chooser-intro = Wählen Sie eine Richtlinie und eine Sprache.
chooser-empty = Hier ist noch keine Richtlinie veröffentlicht.

## Dates
date-long = { DATETIME($date, dateStyle: "long") }

## Passages shown in another language
fallback-page = { $count ->
    [one] Ein Abschnitt dieser Seite ist noch nicht übersetzt und erscheint auf { $languages }.
   *[other] { $count } Abschnitte dieser Seite sind noch nicht übersetzt und erscheinen auf { $languages }.
}
fallback-passage = Noch nicht übersetzt: erscheint auf { $language }.

## Policy page
policy-effective = Gültig ab
policy-updated = Zuletzt geändert
policy-draft = Entwurf: noch nicht veröffentlicht
policy-contents = Inhalt
policy-key-points = Das Wichtigste
glance-title = Datenschutz auf einen Blick
glance-tracking = Daten, die zum Tracking verwendet werden
glance-linked = Mit Ihnen verknüpfte Daten
glance-not-linked = Nicht mit Ihnen verknüpfte Daten
glance-shared = Mit anderen Unternehmen geteilte Daten
glance-sold = Verkaufte Daten
# Categories whose policy does not say (never shown as a yes or a no).
glance-tracking-unstated = Nicht angegeben, ob zum Tracking verwendet
glance-linked-unstated = Nicht angegeben, ob mit Ihnen verknüpft
glance-shared-unstated = Nicht angegeben, ob an andere Unternehmen weitergegeben
glance-none = Keine
glance-not-sold = Wir verkaufen keine dieser Daten.
policy-product = Produkt
policy-section-link = Link zu diesem Abschnitt
policy-jurisdictions = Gesetze, auf die sich diese Richtlinie bezieht

## Contact card
contact-title = Kontakt
contact-controller = Verantwortlicher
contact-registered-address = Sitz
contact-office-address = Geschäftsadresse
contact-email = E-Mail
contact-phone = Telefon
contact-url = Web
contact-address = Postanschrift
contact-dpo = Datenschutzbeauftragte(r)
# The same roles in the words of China's PIPL.
contact-controller-pipl = Verarbeiter personenbezogener Informationen
contact-dpo-pipl = Verantwortliche Person für den Schutz personenbezogener Informationen
contact-addresses = Adressen
contact-channels = So erreichen Sie uns
contact-address-role-registered = Eingetragene Anschrift
contact-address-role-office = Büroanschrift
contact-address-role-postal = Postanschrift
contact-address-role-representative = Vertreter in der EU oder im Vereinigten Königreich
contact-address-role-dpo = Anschrift des Datenschutzbeauftragten
contact-address-role-other = Anschrift
contact-channel-email = E-Mail
contact-channel-phone = Telefon
contact-channel-web = Web
contact-channel-chat = Online-Chat
contact-channel-in-app = In der App
contact-channel-other = Sonstiges
contact-response-time = Wir antworten innerhalb von { $duration }

## Table captions and headings
purposes-title = Wofür wir Daten verwenden
purposes-name = Zweck
purposes-description = Was das bedeutet
data-title = Welche Daten wir erheben
data-category = Kategorie
data-items = Was genau
data-kind = Art
data-source = Herkunft
data-required = Erforderlich
data-purposes = Verwendet für
data-legal-basis = Rechtsgrundlage
data-retention = Speicherdauer
data-sensitive = Besondere Kategorie
data-yes = Ja
data-no = Nein
data-not-stated = Nicht angegeben
section-ref = Abschnitt { $number }, „{ $title }“
section-ref-unnumbered = „{ $title }“
retention-title = Wie lange wir Daten speichern
features-title = Funktionen und die Daten, die sie nutzen
features-name = Funktion
features-data = Genutzte Daten
features-permissions = Berechtigungen
features-required = Erforderlich
permissions-title = App-Berechtigungen
permissions-platform = Plattform
permissions-name = Berechtigung
permissions-identifier = Systemname
permissions-use = Wofür wir sie nutzen
permissions-features = Funktionen
permissions-optional = Optional
third-parties-title = An wen wir Daten weitergeben
third-parties-name = Empfänger
third-parties-kind = Art
third-parties-purpose = Warum
third-parties-data = Weitergegebene Daten
third-parties-country = Land
third-parties-policy = Deren Datenschutzerklärung
storage-title = Wo Daten gespeichert werden
storage-region = Region
storage-description = Was gespeichert wird
transfers-title = Übermittlungen in andere Länder
transfers-destination = Zielland
transfers-safeguard = Garantie
transfers-data = Übermittelte Daten
rights-title = Ihre Rechte
rights-how = So machen Sie dieses Recht geltend
rights-link = Diesen Antrag online stellen
rights-response-time = Wir antworten innerhalb von { $duration }
change-policy-title = Änderungen dieser Richtlinie
change-policy-material = Als wesentliche Änderungen gelten
change-policy-notify = So informieren wir Sie
change-policy-notice-days = { $days ->
    [one] Wir informieren Sie { $days } Tag bevor eine wesentliche Änderung wirksam wird.
   *[other] Wir informieren Sie { $days } Tage bevor eine wesentliche Änderung wirksam wird.
}

## Versions
policy-released = Veröffentlicht
version-label = Version { $version }
version-state-current = Dies ist die geltende Version.
version-state-archived = Diese Version gilt nicht mehr.
version-state-upcoming = Diese Version gilt ab { $date }.
version-read-current = Zur geltenden Version
upcoming-notice = Eine neue Version dieser Richtlinie gilt ab { $date }.
upcoming-read = Die neue Version lesen
change-material = Wesentliche Änderung
change-minor = Geringfügige Änderung
change-material-draft = Wesentliche Änderung, wenn er so veröffentlicht wird
change-minor-draft = Geringfügige Änderung, wenn er so veröffentlicht wird
history-title = Versionsverlauf
history-link = Alle Versionen
history-caption = Alle Versionen dieser Richtlinie, die neueste zuerst
history-version = Version
history-change = Änderung
history-summary = Was sich geändert hat
history-released-by = Freigegeben von { $name }
history-signed-off = Abgezeichnet: { $list }
history-draft = Entwurf
history-state-current = Gilt
history-state-upcoming = Künftig
history-state-archived = Gilt nicht mehr

## Change notices
notice-title = Was sich in Version { $version } geändert hat
notice-title-draft = Was der Entwurf ändert
notice-link = Was sich geändert hat
notice-summary = Kurz gesagt
notice-details = Die Änderungen im Einzelnen
notice-text = Änderungen am Text
notice-compared = Verglichen mit { $version }
notice-first = Dies ist die erste veröffentlichte Version dieser Richtlinie.
notice-unchanged = Am Inhalt der Richtlinie hat sich nichts geändert.
notice-material-because = Warum diese Änderung wesentlich ist
notice-override = Als geringfügige Änderung veröffentlicht, obwohl die Regeln sie als wesentlich einstufen. Angegebener Grund: { $reason }
notice-added = Hinzugefügt
notice-removed = Entfernt
notice-changed = Geändert
notice-renamed = Früher „{ $title }“
notice-moved = Verschoben
notice-field = { $field }: { $change }
notice-from-to = { $from } → { $to }
notice-added-items = hinzugefügt: { $items }
notice-removed-items = entfernt: { $items }
notice-inserted = Eingefügt:
notice-deleted = Gelöscht:
# A run of unchanged paragraphs in a change notice, folded away (count is 3 or more).
notice-folded = { $count } unveränderte Absätze
notice-none = keine
# A yes-or-no fact the policy does not state.
notice-not-stated = nicht angegeben
notice-audience = Zielgruppe
notice-read-version = Diese Version lesen
notice-feed = Feed der Änderungen
feed-title = { $policy }: Änderungen
field-name = Name
field-description = Beschreibung
field-retention-note = Hinweis zur Speicherung
field-provider = Anbieter
field-response-time = Antwortfrist
field-text = Text
field-under-age = Altersgrenze
field-ephemeral = Nur kurz verarbeitet, nicht gespeichert
field-encrypted-in-transit = Bei der Übertragung verschlüsselt
field-deletable = Auf Anfrage löschbar
field-store-types = Datentypen der App-Stores
field-tracking-domains = Tracking-Domains
field-recipients = Empfänger
audience-kind-general = Allgemeines Publikum
audience-kind-children = Kinder
purpose-kind-app-functionality = App-Funktionen
purpose-kind-analytics = Analyse
purpose-kind-personalization = Personalisierung
purpose-kind-developer-advertising = Eigene Werbung
purpose-kind-third-party-advertising = Werbung anderer Unternehmen
purpose-kind-developer-communications = Nachrichten von uns
purpose-kind-security = Sicherheit und Betrugsschutz
purpose-kind-compliance = Erfüllung gesetzlicher Pflichten
purpose-kind-account-management = Kontoverwaltung
purpose-kind-other = Andere Zwecke
right-kind-information = Recht auf Information
right-kind-access = Auskunftsrecht
right-kind-correction = Recht auf Berichtigung
right-kind-deletion = Recht auf Löschung
right-kind-restriction = Recht auf Einschränkung der Verarbeitung
right-kind-objection = Widerspruchsrecht
right-kind-withdraw-consent = Recht auf Widerruf der Einwilligung
right-kind-portability = Recht auf Datenübertragbarkeit
right-kind-account-cancellation = Recht, das Konto zu schließen
right-kind-complaint = Beschwerderecht
right-kind-automated-decisions = Rechte bei automatisierten Entscheidungen
right-kind-guardian = Rechte der Eltern und Erziehungsberechtigten
right-kind-opt-out = Recht auf Opt-out
right-kind-other = Andere Rechte

## In-app views
app-read-web = Im Web lesen

## Durations
duration-working-day = { $count ->
    [one] { $count } Werktag
   *[other] { $count } Werktage
}
contact-response-term = Wir antworten { $term }
rights-response-term = Wir antworten { $term }
term-promptly = umgehend
term-without-undue-delay = unverzüglich
term-as-required-by-law = wie gesetzlich vorgeschrieben
retention-term-promptly = Umgehend gelöscht
retention-term-without-undue-delay = Unverzüglich gelöscht
retention-term-as-required-by-law = So lange, wie das Gesetz es verlangt
duration-day = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
duration-week = { $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
}
duration-month = { $count ->
    [one] { $count } Monat
   *[other] { $count } Monate
}
duration-year = { $count ->
    [one] { $count } Jahr
   *[other] { $count } Jahre
}
until-account-deletion = Bis Sie Ihr Konto löschen
until-purpose-fulfilled = Bis der Zweck erfüllt ist
until-consent-withdrawn = Bis Sie Ihre Einwilligung widerrufen

## Data kinds
kind-basic = Grundlegende personenbezogene Daten
kind-identity = Identitätsdaten
kind-contact = Kontaktdaten
kind-biometric = Biometrische Daten
kind-location = Standort
kind-device = Gerät und Netzwerk
kind-usage = Nutzung
kind-content = Von Ihnen erstellte Inhalte
kind-contacts-list = Adressbuch
kind-financial = Finanzdaten
kind-health = Gesundheitsdaten
kind-advertising = Werbe-IDs
kind-other = Sonstiges

## Sources
source-user = Von Ihnen
source-automatic = Automatisch erfasst
source-third-party = Von Dritten

## Legal bases
basis-consent = Einwilligung
basis-contract = Vertrag
basis-legal-obligation = Rechtliche Verpflichtung
basis-vital-interests = Lebenswichtige Interessen
basis-public-task = Öffentliche Aufgabe
basis-legitimate-interests = Berechtigte Interessen
field-title = Überschrift
field-cases = Fälle
field-condition = Wann
basis-explicit-consent = Ausdrückliche Einwilligung
basis-contract-or-hr = Vertrag oder Personalverwaltung
basis-employment = Arbeits- und Sozialrecht
basis-nonprofit-body = Eine Organisation ohne Gewinnerzielungsabsicht, für ihre Mitglieder
basis-made-public = Bereits veröffentlichte Informationen
basis-legal-claims = Rechtsansprüche
basis-substantial-public-interest = Erhebliches öffentliches Interesse
basis-health-care = Gesundheits- oder Sozialversorgung
basis-public-health = Öffentliche Gesundheit
basis-research = Archiv-, Forschungs- oder Statistikzwecke
basis-emergency = Ein Notfall: öffentliche Gesundheit oder Leben, Gesundheit oder Eigentum eines Menschen
basis-news-reporting = Berichterstattung und öffentliche Kontrolle im öffentlichen Interesse
basis-other-law = Andere gesetzlich vorgesehene Fälle
basis-provision = { $basis } ({ $law } Art. { $article })
basis-article = { $law } Art. { $article }
exceptions-title = Listen von Fällen
exceptions-processing-without-consent = Wann wir Ihre Daten ohne Ihre Einwilligung verarbeiten dürfen
exceptions-sharing-without-consent = Wann wir Ihre Daten ohne Ihre Einwilligung weitergeben dürfen
exceptions-refusal-cases = Wann wir eine Anfrage ablehnen dürfen
exceptions-deletion-cases = Wann Sie die Löschung Ihrer Daten verlangen können
exceptions-storage-abroad = Wann Ihre Daten außerhalb des Landes gespeichert werden dürfen
exceptions-other = Fälle
list-separator = { ", " }
exceptions-case-basis = { $case } ({ $basis })
cookies-title = Cookies und ähnliche Technologien
cookies-name = Name
cookies-provider = Gesetzt von
cookies-purpose = Wofür
cookies-duration = Dauer
cookies-essential = Unbedingt erforderlich
cookies-first-party = Uns
cookies-session = Bis Sie den Browser oder die App schließen
minors-title = Minderjährige
minors-under = Minderjährige unter { $age } Jahren
minors-consent = Wessen Einwilligung eingeholt wird
minors-consent-method = Wie die Einwilligung der Eltern eingeholt wird
minors-rules = Geltende Regeln
minors-guardian-rights = Rechte, die Eltern oder Erziehungsberechtigte für sie ausüben können
minor-consent-guardian = Die der Eltern oder Erziehungsberechtigten
minor-consent-guardian-and-minor = Die der Eltern oder Erziehungsberechtigten und ihre eigene
minor-consent-minor = Ihre eigene
cookie-kind-cookie = Cookie
cookie-kind-local-storage = Lokaler Speicher
cookie-kind-web-beacon = Web-Beacon
cookie-kind-sdk-identifier = SDK-Kennung
cookie-kind-other = Ähnliche Technologie

## Platforms
platform-android = Android
platform-ios = iOS
platform-web = Web
platform-mini-program = Mini-Programm
platform-desktop = Desktop

## Recipient kinds
recipient-sdk = SDK
recipient-processor = Auftragsverarbeiter
recipient-partner = Partner
recipient-affiliate = Konzernunternehmen
recipient-authority = Behörde

## Safeguards
safeguard-adequacy = Angemessenheitsbeschluss
safeguard-standard-clauses = Standardvertragsklauseln
safeguard-binding-corporate-rules = Verbindliche interne Datenschutzvorschriften
safeguard-consent = Ihre ausdrückliche Einwilligung
safeguard-security-assessment = Sicherheitsprüfung durch die Behörde
safeguard-certification = Zertifizierung
safeguard-standard-contract = Beim Amt hinterlegter Standardvertrag
safeguard-separate-consent = Wir bitten Sie gesondert um Ihre Einwilligung zu dieser Übermittlung

## Material changes
material-new-purpose = Ein neuer Zweck oder eine neue Verwendung von Daten
material-new-data-kind = Eine neue Art von Daten oder besondere Kategorien
material-new-recipient = Ein neuer Empfänger oder ein neues SDK
material-new-transfer = Ein neues Land, in das Daten gehen
material-rights-reduced = Rechte entfallen oder sind schwerer auszuüben
material-contact-changed = Ein neuer Verantwortlicher, Kontakt oder Beschwerdeweg
material-longer-retention = Daten werden länger gespeichert
material-children-audience = Der Dienst richtet sich künftig an Kinder
material-removed-recipient = Ein Empfänger oder SDK entfällt
material-text-changed = Jede Änderung am Text
material-any-change = Jede Änderung

## Notification channels
notify-email = E-Mail
notify-in-app = Ein Hinweis in der App
notify-website = Ein Hinweis auf dieser Website
notify-push = Eine Push-Mitteilung
notify-sms = Eine SMS

## Jurisdictions
law-gdpr = DSGVO (Europäische Union)
law-uk-gdpr = UK-DSGVO
law-pipl = PIPL (China)
law-ccpa = CCPA (Kalifornien)
law-coppa = COPPA (USA)
law-lgpd = LGPD (Brasilien)
law-appi = APPI (Japan)
law-pipa = PIPA (Korea)
law-pipeda = PIPEDA (Kanada)

## Audience
audience-children = Dieser Dienst richtet sich an Kinder unter { $age } Jahren.

## App-store data types (a data category's `store_types`, in change notices)
store-type-name = Name
store-type-email-address = E-Mail-Adresse
store-type-phone-number = Telefonnummer
store-type-physical-address = Postanschrift
store-type-other-contact-info = Andere Kontaktdaten
store-type-user-id = Nutzer-ID
store-type-device-id = Geräte-ID
store-type-race-or-ethnicity = Herkunft oder ethnische Zugehörigkeit
store-type-political-or-religious-beliefs = Politische oder religiöse Überzeugungen
store-type-sexual-orientation = Sexuelle Orientierung
store-type-biometric = Biometrische Daten
store-type-other-personal-info = Andere persönliche Angaben
store-type-payment-info = Zahlungsdaten
store-type-purchase-history = Kaufverlauf
store-type-credit-info = Kreditwürdigkeit
store-type-other-financial-info = Andere Finanzdaten
store-type-precise-location = Genauer Standort
store-type-coarse-location = Ungefährer Standort
store-type-browsing-history = Browserverlauf
store-type-search-history = Suchverlauf
store-type-emails = E-Mails
store-type-text-messages = SMS
store-type-in-app-messages = In-App-Nachrichten
store-type-photos = Fotos
store-type-videos = Videos
store-type-audio-recordings = Audioaufnahmen
store-type-music = Musikdateien
store-type-other-audio = Andere Audiodateien
store-type-health = Gesundheitsdaten
store-type-fitness = Fitnessdaten
store-type-contacts = Kontakte
store-type-calendar = Kalendereinträge
store-type-files-and-docs = Dateien und Dokumente
store-type-gameplay-content = Spielinhalte
store-type-customer-support = Kundensupport
store-type-other-user-content = Andere Nutzerinhalte
store-type-product-interaction = Produktinteraktion
store-type-installed-apps = Installierte Apps
store-type-advertising-data = Werbedaten
store-type-other-usage-data = Andere Nutzungsdaten
store-type-crash-data = Absturzdaten
store-type-performance-data = Leistungsdaten
store-type-other-diagnostic-data = Andere Diagnosedaten
store-type-other-data-types = Andere Datentypen

# Languages named in this language, for notes about text shown in another one.
language-of-en = Englisch
language-of-de = Deutsch
language-of-fr = Französisch
language-of-es = Spanisch
language-of-pt-BR = brasilianisches Portugiesisch
language-of-ja = Japanisch
language-of-ko = Koreanisch
language-of-zh-Hans = vereinfachtes Chinesisch
language-of-zh-Hant = traditionelles Chinesisch
language-of-ar = Arabisch

# Notification texts of a material release (e-mail and in-app dialog).
notify-subject = Änderungen an der { $title } von { $product }
notify-intro = Wir ändern die { $title } von { $product }. Die neue Fassung gilt ab dem { $date }.
notify-summary = Was sich ändert
notify-why = Warum wir Sie informieren
notify-read-changes = Lesen, was sich geändert hat
notify-read-policy = Die neue Fassung lesen
notify-dialog-title = Wir aktualisieren unsere { $title }
notify-dialog-review = Änderungen ansehen
notify-dialog-later = Später

## PDF records
pdf-language = Sprache
pdf-seal = Siegel (SHA-256 der versiegelten Dateien)
pdf-sign-off = Freigabe und Abnahmen
pdf-translation = Übersetzung bestätigt von
pdf-address = Dauerhafte Adresse
pdf-not-recorded = Nicht erfasst
pdf-about = Dieses PDF hält die Version so fest, wie sie freigegeben und versiegelt wurde. Ihr Text ist der Text unter der dauerhaften Adresse.
pdf-too-long = Der Text dieser Version umfasst mehr als { $pages } Seiten, mehr als ein PDF festhält; dieses PDF enthält daher nur das Deckblatt. Der Text steht unter der dauerhaften Adresse.
pdf-page = Seite { $page } von { $pages }
pdf-changes = Änderungshinweis
pdf-link = PDF
pdf-notice-link = Änderungshinweis (PDF)
