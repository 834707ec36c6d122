# Textes d'interface intégrés de Clause, en français.
# Un site peut remplacer n'importe lequel dans son propre locales/fr.ftl.

## Language
language-name = Français

## Page chrome
site-skip-to-content = Aller au contenu
site-policies = Politiques
site-languages = Langues
site-generated-by = Publié avec Clause
page-not-found-title = Page introuvable
page-not-found-body = Il n'y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien est erroné.
page-not-found-home = Voir la liste des politiques
chooser-intro = Choisissez une politique et une langue.
chooser-empty = Aucune politique n’est encore publiée ici.

## Dates
date-long = { DATETIME($date, dateStyle: "long") }

## Passages shown in another language
fallback-page = { $count ->
    [one] Un passage de cette page n'est pas encore traduit et s'affiche en { $languages }.
   *[other] { $count } passages de cette page ne sont pas encore traduits et s'affichent en { $languages }.
}
fallback-passage = Pas encore traduit : affiché en { $language }.

## Policy page
policy-effective = Date d'entrée en vigueur
policy-updated = Dernière mise à jour
policy-draft = Brouillon : pas encore publié
policy-contents = Sommaire
policy-key-points = L'essentiel
glance-title = Votre vie privée en un coup d'œil
glance-tracking = Données utilisées pour vous suivre
glance-linked = Données liées à vous
glance-not-linked = Données non liées à vous
glance-shared = Données partagées avec d'autres entreprises
glance-sold = Données vendues
# Categories whose policy does not say (never shown as a yes or a no).
glance-tracking-unstated = Non précisé si elles servent à vous suivre
glance-linked-unstated = Non précisé si elles sont associées à vous
glance-shared-unstated = Non précisé si elles sont partagées avec d'autres entreprises
glance-none = Aucune
glance-not-sold = Nous ne vendons aucune de ces données.
policy-product = Produit
policy-section-link = Lien vers cette section
policy-jurisdictions = Lois visées par cette politique

## Contact card
contact-title = Contact
contact-controller = Responsable du traitement
contact-registered-address = Siège social
contact-office-address = Adresse des bureaux
contact-email = E-mail
contact-phone = Téléphone
contact-url = Site web
contact-address = Adresse postale
contact-dpo = Délégué à la protection des données
# The same roles in the words of China's PIPL.
contact-controller-pipl = Responsable du traitement des informations personnelles
contact-dpo-pipl = Personne chargée de la protection des informations personnelles
contact-addresses = Adresses
contact-channels = Comment nous joindre
contact-address-role-registered = Siège social
contact-address-role-office = Adresse des bureaux
contact-address-role-postal = Adresse postale
contact-address-role-representative = Représentant dans l'UE ou au Royaume-Uni
contact-address-role-dpo = Adresse du délégué à la protection des données
contact-address-role-other = Adresse
contact-channel-email = E-mail
contact-channel-phone = Téléphone
contact-channel-web = Web
contact-channel-chat = Chat en ligne
contact-channel-in-app = Dans l'application
contact-channel-other = Autre
contact-response-time = Nous répondons sous { $duration }

## Table captions and headings
purposes-title = Pourquoi nous utilisons des données
purposes-name = Finalité
purposes-description = Ce que cela signifie
data-title = Les données que nous collectons
data-category = Catégorie
data-items = En détail
data-kind = Type
data-source = Origine
data-required = Obligatoire
data-purposes = Utilisées pour
data-legal-basis = Base légale
data-retention = Durée de conservation
data-sensitive = Sensible
data-yes = Oui
data-no = Non
data-not-stated = Non précisé
section-ref = section { $number }, « { $title } »
section-ref-unnumbered = « { $title } »
retention-title = Combien de temps nous conservons les données
features-title = Les fonctionnalités et les données qu'elles utilisent
features-name = Fonctionnalité
features-data = Données utilisées
features-permissions = Autorisations
features-required = Obligatoire
permissions-title = Autorisations de l'application
permissions-platform = Plateforme
permissions-name = Autorisation
permissions-identifier = Nom système
permissions-use = Ce que nous en faisons
permissions-features = Fonctionnalités
permissions-optional = Facultative
third-parties-title = Avec qui nous partageons des données
third-parties-name = Destinataire
third-parties-kind = Type
third-parties-purpose = Pourquoi
third-parties-data = Données partagées
third-parties-country = Pays
third-parties-policy = Sa politique de confidentialité
storage-title = Où les données sont stockées
storage-region = Région
storage-description = Ce qui est stocké
transfers-title = Transferts vers d'autres pays
transfers-destination = Destination
transfers-safeguard = Garantie
transfers-data = Données transférées
rights-title = Vos droits
rights-how = Comment exercer ce droit
rights-link = Faire cette demande en ligne
rights-response-time = Nous répondons sous { $duration }
change-policy-title = Modifications de cette politique
change-policy-material = Nous considérons comme importantes
change-policy-notify = Comment nous vous prévenons
change-policy-notice-days = { $days ->
    [one] Nous vous prévenons { $days } jour avant l'entrée en vigueur d'une modification importante.
   *[other] Nous vous prévenons { $days } jours avant l'entrée en vigueur d'une modification importante.
}

## Versions
policy-released = Publiée le
version-label = Version { $version }
version-state-current = Cette version est en vigueur.
version-state-archived = Cette version n'est plus en vigueur.
version-state-upcoming = Cette version entre en vigueur le { $date }.
version-read-current = Lire la version en vigueur
upcoming-notice = Une nouvelle version de cette politique entre en vigueur le { $date }.
upcoming-read = Lire la nouvelle version
change-material = Modification importante
change-minor = Modification mineure
change-material-draft = Modification importante, s’il est publié tel quel
change-minor-draft = Modification mineure, s’il est publié tel quel
history-title = Historique des versions
history-link = Toutes les versions
history-caption = Toutes les versions de cette politique, de la plus récente à la plus ancienne
history-version = Version
history-change = Modification
history-summary = Ce qui a changé
history-released-by = Publiée par { $name }
history-signed-off = Approuvée : { $list }
history-draft = Brouillon
history-state-current = En vigueur
history-state-upcoming = À venir
history-state-archived = Plus en vigueur

## Change notices
notice-title = Ce qui a changé dans la version { $version }
notice-title-draft = Ce que change le brouillon
notice-link = Ce qui a changé
notice-summary = En bref
notice-details = Les changements en détail
notice-text = Changements du texte
notice-compared = Par rapport à la { $version }
notice-first = Ceci est la première version publiée de cette politique.
notice-unchanged = Le contenu de la politique n'a pas changé.
notice-material-because = Pourquoi cette modification est importante
notice-override = Publiée comme modification mineure bien que les règles la jugent importante. Raison donnée : { $reason }
notice-added = Ajouté
notice-removed = Supprimé
notice-changed = Modifié
notice-renamed = Anciennement « { $title } »
notice-moved = Déplacé
notice-field = { $field } : { $change }
notice-from-to = { $from } → { $to }
notice-added-items = ajouté : { $items }
notice-removed-items = supprimé : { $items }
notice-inserted = Texte inséré :
notice-deleted = Texte supprimé :
# A run of unchanged paragraphs in a change notice, folded away (count is 3 or more).
notice-folded = { $count } paragraphes inchangés
notice-none = aucun
# A yes-or-no fact the policy does not state.
notice-not-stated = non précisé
notice-audience = Public visé
notice-read-version = Lire cette version
notice-feed = Flux des modifications
feed-title = { $policy } : modifications
field-name = Nom
field-description = Description
field-retention-note = Note sur la conservation
field-provider = Fournisseur
field-response-time = Délai de réponse
field-text = Texte
field-under-age = Limite d'âge
field-ephemeral = Traité brièvement, non conservé
field-encrypted-in-transit = Chiffré pendant le transfert
field-deletable = Supprimable sur demande
field-store-types = Types de données des boutiques d’applications
field-tracking-domains = Domaines de suivi
field-recipients = Destinataires
audience-kind-general = Grand public
audience-kind-children = Enfants
purpose-kind-app-functionality = Fonctionnement de l’app
purpose-kind-analytics = Statistiques
purpose-kind-personalization = Personnalisation
purpose-kind-developer-advertising = Notre publicité
purpose-kind-third-party-advertising = Publicité d’autres entreprises
purpose-kind-developer-communications = Messages de notre part
purpose-kind-security = Sécurité et prévention de la fraude
purpose-kind-compliance = Obligations légales
purpose-kind-account-management = Gestion du compte
purpose-kind-other = Autres finalités
right-kind-information = Droit à l’information
right-kind-access = Droit d’accès
right-kind-correction = Droit de rectification
right-kind-deletion = Droit à l’effacement
right-kind-restriction = Droit à la limitation du traitement
right-kind-objection = Droit d’opposition
right-kind-withdraw-consent = Droit de retirer son consentement
right-kind-portability = Droit à la portabilité
right-kind-account-cancellation = Droit de clôturer son compte
right-kind-complaint = Droit de réclamation
right-kind-automated-decisions = Droits liés aux décisions automatisées
right-kind-guardian = Droits des parents et tuteurs
right-kind-opt-out = Droit de refus
right-kind-other = Autres droits

## In-app views
app-read-web = Lire sur le web

## Durations
duration-working-day = { $count ->
    [one] { $count } jour ouvré
   *[other] { $count } jours ouvrés
}
contact-response-term = Nous répondons { $term }
rights-response-term = Nous répondons { $term }
term-promptly = rapidement
term-without-undue-delay = dans les meilleurs délais
term-as-required-by-law = comme la loi l'exige
retention-term-promptly = Supprimé rapidement
retention-term-without-undue-delay = Supprimé dans les meilleurs délais
retention-term-as-required-by-law = Aussi longtemps que la loi l'exige
duration-day = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
duration-week = { $count ->
    [one] { $count } semaine
   *[other] { $count } semaines
}
duration-month = { $count } mois
duration-year = { $count ->
    [one] { $count } an
   *[other] { $count } ans
}
until-account-deletion = Jusqu'à la suppression de votre compte
until-purpose-fulfilled = Jusqu'à ce que la finalité soit atteinte
until-consent-withdrawn = Jusqu'au retrait de votre consentement

## Data kinds
kind-basic = Données personnelles de base
kind-identity = Données d'identité
kind-contact = Coordonnées
kind-biometric = Données biométriques
kind-location = Localisation
kind-device = Appareil et réseau
kind-usage = Utilisation
kind-content = Contenus que vous créez
kind-contacts-list = Carnet d'adresses
kind-financial = Données financières
kind-health = Données de santé
kind-advertising = Identifiants publicitaires
kind-other = Autre

## Sources
source-user = Fournies par vous
source-automatic = Collectées automatiquement
source-third-party = Provenant de tiers

## Legal bases
basis-consent = Consentement
basis-contract = Contrat
basis-legal-obligation = Obligation légale
basis-vital-interests = Intérêts vitaux
basis-public-task = Mission d'intérêt public
basis-legitimate-interests = Intérêts légitimes
field-title = Titre
field-cases = Cas
field-condition = Quand
basis-explicit-consent = Consentement explicite
basis-contract-or-hr = Contrat ou gestion des ressources humaines
basis-employment = Droit du travail et de la sécurité sociale
basis-nonprofit-body = Un organisme à but non lucratif, pour ses membres
basis-made-public = Informations déjà rendues publiques
basis-legal-claims = Droits en justice
basis-substantial-public-interest = Intérêt public important
basis-health-care = Soins de santé ou protection sociale
basis-public-health = Santé publique
basis-research = Archives, recherche ou statistiques
basis-emergency = Une urgence : santé publique, ou la vie, la santé ou les biens d'une personne
basis-news-reporting = Information du public et contrôle de l'opinion dans l'intérêt public
basis-other-law = Autres cas prévus par la loi
basis-provision = { $basis } ({ $law } art. { $article })
basis-article = { $law } art. { $article }
exceptions-title = Listes de cas
exceptions-processing-without-consent = Quand nous pouvons traiter vos données sans votre consentement
exceptions-sharing-without-consent = Quand nous pouvons partager vos données sans votre consentement
exceptions-refusal-cases = Quand nous pouvons refuser une demande
exceptions-deletion-cases = Quand vous pouvez nous demander d'effacer vos données
exceptions-storage-abroad = Quand vos données peuvent être stockées hors du pays
exceptions-other = Cas
list-separator = { ", " }
exceptions-case-basis = { $case } ({ $basis })
cookies-title = Cookies et technologies similaires
cookies-name = Nom
cookies-provider = Déposé par
cookies-purpose = À quoi il sert
cookies-duration = Durée
cookies-essential = Strictement nécessaire
cookies-first-party = Nous
cookies-session = Jusqu'à la fermeture du navigateur ou de l'application
minors-title = Mineurs
minors-under = Mineurs de moins de { $age } ans
minors-consent = Consentement demandé
minors-consent-method = Comment le consentement des parents est obtenu
minors-rules = Règles qui s'appliquent
minors-guardian-rights = Droits que les parents ou tuteurs peuvent exercer pour eux
minor-consent-guardian = Celui d'un parent ou tuteur
minor-consent-guardian-and-minor = Celui d'un parent ou tuteur, et le leur
minor-consent-minor = Le leur
cookie-kind-cookie = Cookie
cookie-kind-local-storage = Stockage local
cookie-kind-web-beacon = Balise web
cookie-kind-sdk-identifier = Identifiant de SDK
cookie-kind-other = Technologie similaire

## Platforms
platform-android = Android
platform-ios = iOS
platform-web = Web
platform-mini-program = Mini-programme
platform-desktop = Ordinateur

## Recipient kinds
recipient-sdk = SDK
recipient-processor = Sous-traitant
recipient-partner = Partenaire
recipient-affiliate = Société du groupe
recipient-authority = Autorité

## Safeguards
safeguard-adequacy = Décision d'adéquation
safeguard-standard-clauses = Clauses contractuelles types
safeguard-binding-corporate-rules = Règles d'entreprise contraignantes
safeguard-consent = Votre consentement explicite
safeguard-security-assessment = Évaluation de sécurité par l'autorité
safeguard-certification = Certification
safeguard-standard-contract = Contrat type déposé auprès de l'autorité
safeguard-separate-consent = Nous vous demanderons séparément votre consentement à ce transfert

## Material changes
material-new-purpose = Une nouvelle finalité, ou un nouvel usage des données
material-new-data-kind = Un nouveau type de données, ou des données sensibles
material-new-recipient = Un nouveau destinataire ou SDK
material-new-transfer = Un nouveau pays vers lequel les données sont transférées
material-rights-reduced = Des droits supprimés ou plus difficiles à exercer
material-contact-changed = Un nouveau responsable, contact ou canal de réclamation
material-longer-retention = Des données conservées plus longtemps
material-children-audience = Le service s'adresse désormais aux enfants
material-removed-recipient = Un destinataire ou SDK supprimé
material-text-changed = Toute modification du texte
material-any-change = Toute modification

## Notification channels
notify-email = Un e-mail
notify-in-app = Un avis dans l'application
notify-website = Un avis sur ce site
notify-push = Une notification push
notify-sms = Un SMS

## Jurisdictions
law-gdpr = RGPD (Union européenne)
law-uk-gdpr = RGPD britannique
law-pipl = PIPL (Chine)
law-ccpa = CCPA (Californie)
law-coppa = COPPA (États-Unis)
law-lgpd = LGPD (Brésil)
law-appi = APPI (Japon)
law-pipa = PIPA (Corée)
law-pipeda = LPRPDE (Canada)

## Audience
audience-children = Ce service s'adresse aux enfants de moins de { $age } ans.

## App-store data types (a data category's `store_types`, in change notices)
store-type-name = Nom
store-type-email-address = Adresse e-mail
store-type-phone-number = Numéro de téléphone
store-type-physical-address = Adresse postale
store-type-other-contact-info = Autres coordonnées
store-type-user-id = Identifiant utilisateur
store-type-device-id = Identifiant de l'appareil
store-type-race-or-ethnicity = Origine raciale ou ethnique
store-type-political-or-religious-beliefs = Opinions politiques ou religieuses
store-type-sexual-orientation = Orientation sexuelle
store-type-biometric = Données biométriques
store-type-other-personal-info = Autres informations personnelles
store-type-payment-info = Informations de paiement
store-type-purchase-history = Historique d'achats
store-type-credit-info = Informations de crédit
store-type-other-financial-info = Autres informations financières
store-type-precise-location = Position précise
store-type-coarse-location = Position approximative
store-type-browsing-history = Historique de navigation
store-type-search-history = Historique de recherche
store-type-emails = E-mails
store-type-text-messages = SMS
store-type-in-app-messages = Messages dans l'app
store-type-photos = Photos
store-type-videos = Vidéos
store-type-audio-recordings = Enregistrements audio
store-type-music = Fichiers musicaux
store-type-other-audio = Autres fichiers audio
store-type-health = Données de santé
store-type-fitness = Données de forme physique
store-type-contacts = Contacts
store-type-calendar = Événements d'agenda
store-type-files-and-docs = Fichiers et documents
store-type-gameplay-content = Contenu de jeu
store-type-customer-support = Service client
store-type-other-user-content = Autres contenus de l'utilisateur
store-type-product-interaction = Interactions avec le produit
store-type-installed-apps = Applications installées
store-type-advertising-data = Données publicitaires
store-type-other-usage-data = Autres données d'utilisation
store-type-crash-data = Données de plantage
store-type-performance-data = Données de performances
store-type-other-diagnostic-data = Autres données de diagnostic
store-type-other-data-types = Autres types de données

# Languages named in this language, for notes about text shown in another one.
language-of-en = anglais
language-of-de = allemand
language-of-fr = français
language-of-es = espagnol
language-of-pt-BR = portugais brésilien
language-of-ja = japonais
language-of-ko = coréen
language-of-zh-Hans = chinois simplifié
language-of-zh-Hant = chinois traditionnel
language-of-ar = arabe

# Notification texts of a material release (e-mail and in-app dialog).
notify-subject = Modifications de la { $title } de { $product }
notify-intro = Nous modifions la { $title } de { $product }. La nouvelle version prend effet le { $date }.
notify-summary = Ce qui change
notify-why = Pourquoi nous vous en informons
notify-read-changes = Lire ce qui a changé
notify-read-policy = Lire la nouvelle version
notify-dialog-title = Nous mettons à jour notre { $title }
notify-dialog-review = Voir les modifications
notify-dialog-later = Plus tard

## PDF records
pdf-language = Langue
pdf-seal = Sceau (SHA-256 des fichiers scellés)
pdf-sign-off = Publication et validations
pdf-translation = Traduction confirmée par
pdf-address = Adresse permanente
pdf-not-recorded = Non consigné
pdf-about = Ce PDF consigne la version telle qu’elle a été publiée et scellée. Son texte est celui de l’adresse permanente.
pdf-too-long = Le texte de cette version dépasse { $pages } pages, plus qu’un PDF ne peut en consigner : ce PDF n’en contient que la page de garde. Le texte se trouve à l’adresse permanente.
pdf-page = Page { $page } sur { $pages }
pdf-changes = Avis de modification
pdf-link = PDF
pdf-notice-link = Avis de modification (PDF)
