# Textos de interfaz integrados de Clause, en español.
# Un sitio puede sustituir cualquiera en su propio locales/es.ftl.

## Language
language-name = Español

## Page chrome
site-skip-to-content = Ir al contenido
site-policies = Políticas
site-languages = Idiomas
site-generated-by = Publicado con Clause
page-not-found-title = Página no encontrada
page-not-found-body = No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace sea incorrecto.
page-not-found-home = Ir a la lista de políticas
chooser-intro = Elija una política y un idioma.
chooser-empty = Todavía no se ha publicado ninguna política.

## Dates
date-long = { DATETIME($date, dateStyle: "long") }

## Passages shown in another language
fallback-page = { $count ->
    [one] Un fragmento de esta página aún no está traducido y se muestra en { $languages }.
   *[other] { $count } fragmentos de esta página aún no están traducidos y se muestran en { $languages }.
}
fallback-passage = Aún sin traducir: se muestra en { $language }.

## Policy page
policy-effective = Fecha de entrada en vigor
policy-updated = Última actualización
policy-draft = Borrador: aún no publicado
policy-contents = Contenido
policy-key-points = Lo esencial
glance-title = Privacidad de un vistazo
glance-tracking = Datos usados para rastrearte
glance-linked = Datos vinculados a ti
glance-not-linked = Datos no vinculados a ti
glance-shared = Datos compartidos con otras empresas
glance-sold = Datos vendidos
# Categories whose policy does not say (never shown as a yes or a no).
glance-tracking-unstated = No se indica si se usan para rastrearle
glance-linked-unstated = No se indica si están vinculados a usted
glance-shared-unstated = No se indica si se comparten con otras empresas
glance-none = Ninguno
glance-not-sold = No vendemos ninguno de estos datos.
policy-product = Producto
policy-section-link = Enlace a esta sección
policy-jurisdictions = Leyes que aborda esta política

## Contact card
contact-title = Contacto
contact-controller = Responsable del tratamiento
contact-registered-address = Domicilio social
contact-office-address = Dirección de la oficina
contact-email = Correo electrónico
contact-phone = Teléfono
contact-url = Web
contact-address = Dirección postal
contact-dpo = Delegado de protección de datos
# The same roles in the words of China's PIPL.
contact-controller-pipl = Responsable del tratamiento de la información personal
contact-dpo-pipl = Persona a cargo de la protección de la información personal
contact-addresses = Direcciones
contact-channels = Cómo contactarnos
contact-address-role-registered = Domicilio social
contact-address-role-office = Dirección de la oficina
contact-address-role-postal = Dirección postal
contact-address-role-representative = Representante en la UE o el Reino Unido
contact-address-role-dpo = Dirección del delegado de protección de datos
contact-address-role-other = Dirección
contact-channel-email = Correo electrónico
contact-channel-phone = Teléfono
contact-channel-web = Web
contact-channel-chat = Chat en línea
contact-channel-in-app = En la aplicación
contact-channel-other = Otro
contact-response-time = Respondemos en un plazo de { $duration }

## Table captions and headings
purposes-title = Para qué usamos los datos
purposes-name = Finalidad
purposes-description = Qué significa
data-title = Datos que recogemos
data-category = Categoría
data-items = En concreto
data-kind = Tipo
data-source = Origen
data-required = Obligatorio
data-purposes = Se usan para
data-legal-basis = Base jurídica
data-retention = Plazo de conservación
data-sensitive = Sensible
data-yes = Sí
data-no = No
data-not-stated = No indicado
section-ref = sección { $number }, «{ $title }»
section-ref-unnumbered = «{ $title }»
retention-title = Cuánto tiempo conservamos los datos
features-title = Funciones y los datos que usan
features-name = Función
features-data = Datos usados
features-permissions = Permisos
features-required = Obligatoria
permissions-title = Permisos de la aplicación
permissions-platform = Plataforma
permissions-name = Permiso
permissions-identifier = Nombre del sistema
permissions-use = Para qué lo usamos
permissions-features = Funciones
permissions-optional = Opcional
third-parties-title = Con quién compartimos datos
third-parties-name = Destinatario
third-parties-kind = Tipo
third-parties-purpose = Por qué
third-parties-data = Datos compartidos
third-parties-country = País
third-parties-policy = Su política de privacidad
storage-title = Dónde se almacenan los datos
storage-region = Región
storage-description = Qué se almacena
transfers-title = Transferencias a otros países
transfers-destination = Destino
transfers-safeguard = Garantía
transfers-data = Datos transferidos
rights-title = Sus derechos
rights-how = Cómo ejercer este derecho
rights-link = Haz esta solicitud en línea
rights-response-time = Respondemos en un plazo de { $duration }
change-policy-title = Cambios en esta política
change-policy-material = Consideramos cambios importantes
change-policy-notify = Cómo le avisamos
change-policy-notice-days = { $days ->
    [one] Le avisamos { $days } día antes de que un cambio importante entre en vigor.
   *[other] Le avisamos { $days } días antes de que un cambio importante entre en vigor.
}

## Versions
policy-released = Publicada
version-label = Versión { $version }
version-state-current = Esta es la versión vigente.
version-state-archived = Esta versión ya no está vigente.
version-state-upcoming = Esta versión entra en vigor el { $date }.
version-read-current = Leer la versión vigente
upcoming-notice = Una nueva versión de esta política entra en vigor el { $date }.
upcoming-read = Leer la nueva versión
change-material = Cambio importante
change-minor = Cambio menor
change-material-draft = Cambio importante, si se publica así
change-minor-draft = Cambio menor, si se publica así
history-title = Historial de versiones
history-link = Todas las versiones
history-caption = Todas las versiones de esta política, de la más reciente a la más antigua
history-version = Versión
history-change = Cambio
history-summary = Qué ha cambiado
history-released-by = Publicada por { $name }
history-signed-off = Aprobada: { $list }
history-draft = Borrador
history-state-current = Vigente
history-state-upcoming = Próxima
history-state-archived = Ya no vigente

## Change notices
notice-title = Qué cambió en la versión { $version }
notice-title-draft = Qué cambia el borrador
notice-link = Qué cambió
notice-summary = En resumen
notice-details = Los cambios en detalle
notice-text = Cambios en el texto
notice-compared = Comparada con la { $version }
notice-first = Esta es la primera versión publicada de esta política.
notice-unchanged = El contenido de la política no cambió.
notice-material-because = Por qué este cambio es importante
notice-override = Publicada como cambio menor aunque las reglas lo consideran importante. Motivo indicado: { $reason }
notice-added = Añadido
notice-removed = Eliminado
notice-changed = Modificado
notice-renamed = Antes «{ $title }»
notice-moved = Movido
notice-field = { $field }: { $change }
notice-from-to = { $from } → { $to }
notice-added-items = añadido: { $items }
notice-removed-items = eliminado: { $items }
notice-inserted = Texto insertado:
notice-deleted = Texto eliminado:
# A run of unchanged paragraphs in a change notice, folded away (count is 3 or more).
notice-folded = { $count } párrafos sin cambios
notice-none = ninguno
# A yes-or-no fact the policy does not state.
notice-not-stated = no indicado
notice-audience = Destinatarios del servicio
notice-read-version = Leer esta versión
notice-feed = Canal de cambios
feed-title = { $policy }: cambios
field-name = Nombre
field-description = Descripción
field-retention-note = Nota sobre la conservación
field-provider = Proveedor
field-response-time = Plazo de respuesta
field-text = Texto
field-under-age = Límite de edad
field-ephemeral = Se trata solo un momento, no se guarda
field-encrypted-in-transit = Cifrado en tránsito
field-deletable = Se puede eliminar a petición
field-store-types = Tipos de datos de las tiendas de apps
field-tracking-domains = Dominios de seguimiento
field-recipients = Destinatarios
audience-kind-general = Público general
audience-kind-children = Niños
purpose-kind-app-functionality = Funciones de la app
purpose-kind-analytics = Analítica
purpose-kind-personalization = Personalización
purpose-kind-developer-advertising = Publicidad propia
purpose-kind-third-party-advertising = Publicidad de otras empresas
purpose-kind-developer-communications = Mensajes nuestros
purpose-kind-security = Seguridad y prevención del fraude
purpose-kind-compliance = Cumplimiento legal
purpose-kind-account-management = Gestión de la cuenta
purpose-kind-other = Otros fines
right-kind-information = Derecho a ser informado
right-kind-access = Derecho de acceso
right-kind-correction = Derecho de rectificación
right-kind-deletion = Derecho de supresión
right-kind-restriction = Derecho a la limitación del tratamiento
right-kind-objection = Derecho de oposición
right-kind-withdraw-consent = Derecho a retirar el consentimiento
right-kind-portability = Derecho a la portabilidad
right-kind-account-cancellation = Derecho a cerrar la cuenta
right-kind-complaint = Derecho a reclamar
right-kind-automated-decisions = Derechos sobre decisiones automatizadas
right-kind-guardian = Derechos de padres y tutores
right-kind-opt-out = Derecho a excluirse
right-kind-other = Otros derechos

## In-app views
app-read-web = Leer en la web

## Durations
duration-working-day = { $count ->
    [one] { $count } día hábil
   *[other] { $count } días hábiles
}
contact-response-term = Respondemos { $term }
rights-response-term = Respondemos { $term }
term-promptly = con prontitud
term-without-undue-delay = sin dilación indebida
term-as-required-by-law = según lo exija la ley
retention-term-promptly = Se elimina con prontitud
retention-term-without-undue-delay = Se elimina sin dilación indebida
retention-term-as-required-by-law = Mientras la ley lo exija
duration-day = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
duration-week = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
duration-month = { $count ->
    [one] { $count } mes
   *[other] { $count } meses
}
duration-year = { $count ->
    [one] { $count } año
   *[other] { $count } años
}
until-account-deletion = Hasta que elimine su cuenta
until-purpose-fulfilled = Hasta que se cumpla la finalidad
until-consent-withdrawn = Hasta que retire su consentimiento

## Data kinds
kind-basic = Datos personales básicos
kind-identity = Datos de identidad
kind-contact = Datos de contacto
kind-biometric = Datos biométricos
kind-location = Ubicación
kind-device = Dispositivo y red
kind-usage = Uso
kind-content = Contenido que usted crea
kind-contacts-list = Agenda de contactos
kind-financial = Datos financieros
kind-health = Datos de salud
kind-advertising = Identificadores publicitarios
kind-other = Otros

## Sources
source-user = Facilitados por usted
source-automatic = Recogidos automáticamente
source-third-party = De terceros

## Legal bases
basis-consent = Consentimiento
basis-contract = Contrato
basis-legal-obligation = Obligación legal
basis-vital-interests = Intereses vitales
basis-public-task = Misión de interés público
basis-legitimate-interests = Intereses legítimos
field-title = Encabezado
field-cases = Casos
field-condition = Cuándo
basis-explicit-consent = Consentimiento explícito
basis-contract-or-hr = Contrato o gestión de recursos humanos
basis-employment = Derecho laboral y de la seguridad social
basis-nonprofit-body = Una entidad sin ánimo de lucro, para sus miembros
basis-made-public = Información ya hecha pública
basis-legal-claims = Reclamaciones legales
basis-substantial-public-interest = Interés público esencial
basis-health-care = Asistencia sanitaria o social
basis-public-health = Salud pública
basis-research = Archivo, investigación o estadística
basis-emergency = Una emergencia: salud pública, o la vida, la salud o los bienes de una persona
basis-news-reporting = Información periodística y control público en interés público
basis-other-law = Otros casos previstos por la ley
basis-provision = { $basis } ({ $law } art. { $article })
basis-article = { $law } art. { $article }
exceptions-title = Listas de casos
exceptions-processing-without-consent = Cuándo podemos tratar sus datos sin su consentimiento
exceptions-sharing-without-consent = Cuándo podemos compartir sus datos sin su consentimiento
exceptions-refusal-cases = Cuándo podemos rechazar una solicitud
exceptions-deletion-cases = Cuándo puede pedirnos que eliminemos sus datos
exceptions-storage-abroad = Cuándo pueden almacenarse sus datos fuera del país
exceptions-other = Casos
list-separator = { ", " }
exceptions-case-basis = { $case } ({ $basis })
cookies-title = Cookies y tecnologías similares
cookies-name = Nombre
cookies-provider = Establecida por
cookies-purpose = Para qué sirve
cookies-duration = Duración
cookies-essential = Estrictamente necesaria
cookies-first-party = Nosotros
cookies-session = Hasta que cierre el navegador o la aplicación
minors-title = Menores
minors-under = Menores de { $age } años
minors-consent = De quién se pide el consentimiento
minors-consent-method = Cómo se obtiene el consentimiento de los padres o tutores
minors-rules = Normas que se aplican
minors-guardian-rights = Derechos que sus padres o tutores pueden ejercer por ellos
minor-consent-guardian = El de sus padres o tutores
minor-consent-guardian-and-minor = El de sus padres o tutores y el suyo propio
minor-consent-minor = El suyo propio
cookie-kind-cookie = Cookie
cookie-kind-local-storage = Almacenamiento local
cookie-kind-web-beacon = Baliza web
cookie-kind-sdk-identifier = Identificador de SDK
cookie-kind-other = Tecnología similar

## Platforms
platform-android = Android
platform-ios = iOS
platform-web = Web
platform-mini-program = Miniprograma
platform-desktop = Escritorio

## Recipient kinds
recipient-sdk = SDK
recipient-processor = Encargado del tratamiento
recipient-partner = Socio
recipient-affiliate = Empresa del grupo
recipient-authority = Autoridad

## Safeguards
safeguard-adequacy = Decisión de adecuación
safeguard-standard-clauses = Cláusulas contractuales tipo
safeguard-binding-corporate-rules = Normas corporativas vinculantes
safeguard-consent = Su consentimiento explícito
safeguard-security-assessment = Evaluación de seguridad de la autoridad
safeguard-certification = Certificación
safeguard-standard-contract = Contrato tipo presentado ante la autoridad
safeguard-separate-consent = Le pediremos su consentimiento para esta transferencia por separado

## Material changes
material-new-purpose = Una nueva finalidad o un nuevo uso de los datos
material-new-data-kind = Un nuevo tipo de datos, o datos sensibles
material-new-recipient = Un nuevo destinatario o SDK
material-new-transfer = Un nuevo país al que van los datos
material-rights-reduced = Derechos suprimidos o más difíciles de ejercer
material-contact-changed = Un nuevo responsable, contacto o canal de reclamación
material-longer-retention = Datos conservados durante más tiempo
material-children-audience = El servicio pasa a dirigirse a menores
material-removed-recipient = Un destinatario o SDK eliminado
material-text-changed = Cualquier cambio en el texto
material-any-change = Cualquier cambio

## Notification channels
notify-email = Un correo electrónico
notify-in-app = Un aviso en la aplicación
notify-website = Un aviso en este sitio
notify-push = Una notificación push
notify-sms = Un SMS

## Jurisdictions
law-gdpr = RGPD (Unión Europea)
law-uk-gdpr = RGPD del Reino Unido
law-pipl = PIPL (China)
law-ccpa = CCPA (California)
law-coppa = COPPA (Estados Unidos)
law-lgpd = LGPD (Brasil)
law-appi = APPI (Japón)
law-pipa = PIPA (Corea)
law-pipeda = PIPEDA (Canadá)

## Audience
audience-children = Este servicio está dirigido a menores de { $age } años.

## App-store data types (a data category's `store_types`, in change notices)
store-type-name = Nombre
store-type-email-address = Dirección de correo electrónico
store-type-phone-number = Número de teléfono
store-type-physical-address = Dirección postal
store-type-other-contact-info = Otros datos de contacto
store-type-user-id = ID de usuario
store-type-device-id = ID de dispositivo
store-type-race-or-ethnicity = Origen racial o étnico
store-type-political-or-religious-beliefs = Creencias políticas o religiosas
store-type-sexual-orientation = Orientación sexual
store-type-biometric = Datos biométricos
store-type-other-personal-info = Otros datos personales
store-type-payment-info = Datos de pago
store-type-purchase-history = Historial de compras
store-type-credit-info = Información crediticia
store-type-other-financial-info = Otros datos financieros
store-type-precise-location = Ubicación precisa
store-type-coarse-location = Ubicación aproximada
store-type-browsing-history = Historial de navegación
store-type-search-history = Historial de búsqueda
store-type-emails = Correos electrónicos
store-type-text-messages = Mensajes de texto
store-type-in-app-messages = Mensajes en la app
store-type-photos = Fotos
store-type-videos = Vídeos
store-type-audio-recordings = Grabaciones de audio
store-type-music = Archivos de música
store-type-other-audio = Otros archivos de audio
store-type-health = Datos de salud
store-type-fitness = Datos de actividad física
store-type-contacts = Contactos
store-type-calendar = Eventos del calendario
store-type-files-and-docs = Archivos y documentos
store-type-gameplay-content = Contenido de juego
store-type-customer-support = Atención al cliente
store-type-other-user-content = Otro contenido del usuario
store-type-product-interaction = Interacción con el producto
store-type-installed-apps = Apps instaladas
store-type-advertising-data = Datos publicitarios
store-type-other-usage-data = Otros datos de uso
store-type-crash-data = Datos de fallos
store-type-performance-data = Datos de rendimiento
store-type-other-diagnostic-data = Otros datos de diagnóstico
store-type-other-data-types = Otros tipos de datos

# Languages named in this language, for notes about text shown in another one.
language-of-en = inglés
language-of-de = alemán
language-of-fr = francés
language-of-es = español
language-of-pt-BR = portugués de Brasil
language-of-ja = japonés
language-of-ko = coreano
language-of-zh-Hans = chino simplificado
language-of-zh-Hant = chino tradicional
language-of-ar = árabe

# Notification texts of a material release (e-mail and in-app dialog).
notify-subject = Cambios en la { $title } de { $product }
notify-intro = Vamos a cambiar la { $title } de { $product }. La nueva versión entra en vigor el { $date }.
notify-summary = Qué cambia
notify-why = Por qué se lo comunicamos
notify-read-changes = Leer qué ha cambiado
notify-read-policy = Leer la nueva versión
notify-dialog-title = Actualizamos nuestra { $title }
notify-dialog-review = Ver los cambios
notify-dialog-later = Más tarde

## PDF records
pdf-language = Idioma
pdf-seal = Sello (SHA-256 de los archivos sellados)
pdf-sign-off = Publicación y aprobaciones
pdf-translation = Traducción confirmada por
pdf-address = Dirección permanente
pdf-not-recorded = No consta
pdf-about = Este PDF registra la versión tal como se publicó y selló. Su texto es el de la dirección permanente.
pdf-too-long = El texto de esta versión supera las { $pages } páginas, más de lo que registra un PDF, por lo que este PDF solo tiene la portada. El texto está en la dirección permanente.
pdf-page = Página { $page } de { $pages }
pdf-changes = Aviso de cambios
pdf-link = PDF
pdf-notice-link = Aviso de cambios (PDF)
