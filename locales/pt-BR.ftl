# Textos de interface incorporados do Clause, em português do Brasil.
# Um site pode substituir qualquer um no seu próprio locales/pt-BR.ftl.

## Language
language-name = Português (Brasil)

## Page chrome
site-skip-to-content = Pular para o conteúdo
site-policies = Políticas
site-languages = Idiomas
site-generated-by = Publicado com Clause
page-not-found-title = Página não encontrada
page-not-found-body = Não há página neste endereço. Ela pode ter sido movida, ou o link pode estar errado.
page-not-found-home = Ir para a lista de políticas
chooser-intro = Escolha uma política e um idioma.
chooser-empty = Nenhuma política foi publicada aqui ainda.

## Dates
date-long = { DATETIME($date, dateStyle: "long") }

## Passages shown in another language
fallback-page = { $count ->
    [one] Um trecho desta página ainda não foi traduzido e aparece em { $languages }.
   *[other] { $count } trechos desta página ainda não foram traduzidos e aparecem em { $languages }.
}
fallback-passage = Ainda não traduzido: aparece em { $language }.

## Policy page
policy-effective = Data de vigência
policy-updated = Última atualização
policy-draft = Rascunho: ainda não publicado
policy-contents = Sumário
policy-key-points = O essencial
glance-title = Privacidade em resumo
glance-tracking = Dados usados para rastrear você
glance-linked = Dados vinculados a você
glance-not-linked = Dados não vinculados a você
glance-shared = Dados compartilhados com outras empresas
glance-sold = Dados vendidos
# Categories whose policy does not say (never shown as a yes or a no).
glance-tracking-unstated = Não informado se são usados para rastrear você
glance-linked-unstated = Não informado se estão vinculados a você
glance-shared-unstated = Não informado se são compartilhados com outras empresas
glance-none = Nenhum
glance-not-sold = Não vendemos nenhum desses dados.
policy-product = Produto
policy-section-link = Link para esta seção
policy-jurisdictions = Leis que esta política atende

## Contact card
contact-title = Contato
contact-controller = Controlador
contact-registered-address = Endereço registrado
contact-office-address = Endereço do escritório
contact-email = E-mail
contact-phone = Telefone
contact-url = Site
contact-address = Endereço postal
contact-dpo = Encarregado de dados
# The same roles in the words of China's PIPL.
contact-controller-pipl = Controlador de informações pessoais
contact-dpo-pipl = Pessoa responsável pela proteção de informações pessoais
contact-addresses = Endereços
contact-channels = Como falar conosco
contact-address-role-registered = Endereço registrado
contact-address-role-office = Endereço do escritório
contact-address-role-postal = Endereço postal
contact-address-role-representative = Representante na UE ou no Reino Unido
contact-address-role-dpo = Endereço do encarregado de dados
contact-address-role-other = Endereço
contact-channel-email = E-mail
contact-channel-phone = Telefone
contact-channel-web = Web
contact-channel-chat = Chat on-line
contact-channel-in-app = No app
contact-channel-other = Outro
contact-response-time = Respondemos em até { $duration }

## Table captions and headings
purposes-title = Por que usamos dados
purposes-name = Finalidade
purposes-description = O que significa
data-title = Dados que coletamos
data-category = Categoria
data-items = O que exatamente
data-kind = Tipo
data-source = Origem
data-required = Obrigatório
data-purposes = Usados para
data-legal-basis = Base legal
data-retention = Prazo de retenção
data-sensitive = Sensível
data-yes = Sim
data-no = Não
data-not-stated = Não informado
section-ref = seção { $number }, “{ $title }”
section-ref-unnumbered = “{ $title }”
retention-title = Por quanto tempo guardamos os dados
features-title = Recursos e os dados que usam
features-name = Recurso
features-data = Dados usados
features-permissions = Permissões
features-required = Obrigatório
permissions-title = Permissões do app
permissions-platform = Plataforma
permissions-name = Permissão
permissions-identifier = Nome no sistema
permissions-use = Para que usamos
permissions-features = Recursos
permissions-optional = Opcional
third-parties-title = Com quem compartilhamos dados
third-parties-name = Destinatário
third-parties-kind = Tipo
third-parties-purpose = Por quê
third-parties-data = Dados compartilhados
third-parties-country = País
third-parties-policy = Política de privacidade dele
storage-title = Onde os dados ficam armazenados
storage-region = Região
storage-description = O que é armazenado
transfers-title = Transferências para outros países
transfers-destination = Destino
transfers-safeguard = Garantia
transfers-data = Dados transferidos
rights-title = Seus direitos
rights-how = Como exercer este direito
rights-link = Faça esta solicitação on-line
rights-response-time = Respondemos em até { $duration }
change-policy-title = Mudanças nesta política
change-policy-material = Consideramos mudanças relevantes
change-policy-notify = Como avisamos você
change-policy-notice-days = { $days ->
    [one] Avisamos você { $days } dia antes de uma mudança relevante entrar em vigor.
   *[other] Avisamos você { $days } dias antes de uma mudança relevante entrar em vigor.
}

## Versions
policy-released = Publicada em
version-label = Versão { $version }
version-state-current = Esta é a versão em vigor.
version-state-archived = Esta versão não está mais em vigor.
version-state-upcoming = Esta versão entra em vigor em { $date }.
version-read-current = Ler a versão em vigor
upcoming-notice = Uma nova versão desta política entra em vigor em { $date }.
upcoming-read = Ler a nova versão
change-material = Mudança relevante
change-minor = Mudança menor
change-material-draft = Mudança relevante, se publicado assim
change-minor-draft = Mudança menor, se publicado assim
history-title = Histórico de versões
history-link = Todas as versões
history-caption = Todas as versões desta política, da mais recente para a mais antiga
history-version = Versão
history-change = Mudança
history-summary = O que mudou
history-released-by = Publicada por { $name }
history-signed-off = Aprovada: { $list }
history-draft = Rascunho
history-state-current = Em vigor
history-state-upcoming = Futura
history-state-archived = Não está mais em vigor

## Change notices
notice-title = O que mudou na versão { $version }
notice-title-draft = O que o rascunho muda
notice-link = O que mudou
notice-summary = Em resumo
notice-details = As mudanças em detalhe
notice-text = Mudanças no texto
notice-compared = Comparada com a { $version }
notice-first = Esta é a primeira versão publicada desta política.
notice-unchanged = O conteúdo da política não mudou.
notice-material-because = Por que esta mudança é relevante
notice-override = Publicada como mudança menor embora as regras a considerem relevante. Motivo informado: { $reason }
notice-added = Adicionado
notice-removed = Removido
notice-changed = Alterado
notice-renamed = Antes “{ $title }”
notice-moved = Movido
notice-field = { $field }: { $change }
notice-from-to = { $from } → { $to }
notice-added-items = adicionado: { $items }
notice-removed-items = removido: { $items }
notice-inserted = Texto inserido:
notice-deleted = Texto removido:
# A run of unchanged paragraphs in a change notice, folded away (count is 3 or more).
notice-folded = { $count } parágrafos sem alteração
notice-none = nenhum
# A yes-or-no fact the policy does not state.
notice-not-stated = não informado
notice-audience = Público
notice-read-version = Ler esta versão
notice-feed = Feed de mudanças
feed-title = { $policy }: mudanças
field-name = Nome
field-description = Descrição
field-retention-note = Observação sobre retenção
field-provider = Fornecedor
field-response-time = Prazo de resposta
field-text = Texto
field-under-age = Limite de idade
field-ephemeral = Processado só por um instante, não armazenado
field-encrypted-in-transit = Criptografado em trânsito
field-deletable = Pode ser excluído a pedido
field-store-types = Tipos de dados das lojas de apps
field-tracking-domains = Domínios de rastreamento
field-recipients = Destinatários
audience-kind-general = Público geral
audience-kind-children = Crianças
purpose-kind-app-functionality = Funcionalidades do app
purpose-kind-analytics = Análise
purpose-kind-personalization = Personalização
purpose-kind-developer-advertising = Publicidade própria
purpose-kind-third-party-advertising = Publicidade de outras empresas
purpose-kind-developer-communications = Mensagens nossas
purpose-kind-security = Segurança e prevenção de fraudes
purpose-kind-compliance = Cumprimento legal
purpose-kind-account-management = Gestão da conta
purpose-kind-other = Outras finalidades
right-kind-information = Direito à informação
right-kind-access = Direito de acesso
right-kind-correction = Direito de correção
right-kind-deletion = Direito de exclusão
right-kind-restriction = Direito de restringir o tratamento
right-kind-objection = Direito de oposição
right-kind-withdraw-consent = Direito de revogar o consentimento
right-kind-portability = Direito à portabilidade
right-kind-account-cancellation = Direito de encerrar a conta
right-kind-complaint = Direito de reclamar
right-kind-automated-decisions = Direitos sobre decisões automatizadas
right-kind-guardian = Direitos de pais e responsáveis
right-kind-opt-out = Direito de recusar
right-kind-other = Outros direitos

## In-app views
app-read-web = Ler na web

## Durations
duration-working-day = { $count ->
    [one] { $count } dia útil
   *[other] { $count } dias úteis
}
contact-response-term = Respondemos { $term }
rights-response-term = Respondemos { $term }
term-promptly = prontamente
term-without-undue-delay = sem demora injustificada
term-as-required-by-law = conforme exigido por lei
retention-term-promptly = Excluído prontamente
retention-term-without-undue-delay = Excluído sem demora injustificada
retention-term-as-required-by-law = Pelo tempo que a lei exigir
duration-day = { $count ->
    [one] { $count } dia
   *[other] { $count } dias
}
duration-week = { $count ->
    [one] { $count } semana
   *[other] { $count } semanas
}
duration-month = { $count ->
    [one] { $count } mês
   *[other] { $count } meses
}
duration-year = { $count ->
    [one] { $count } ano
   *[other] { $count } anos
}
until-account-deletion = Até você excluir sua conta
until-purpose-fulfilled = Até a finalidade ser cumprida
until-consent-withdrawn = Até você retirar o consentimento

## Data kinds
kind-basic = Dados pessoais básicos
kind-identity = Dados de identificação
kind-contact = Dados de contato
kind-biometric = Dados biométricos
kind-location = Localização
kind-device = Dispositivo e rede
kind-usage = Uso
kind-content = Conteúdo que você cria
kind-contacts-list = Lista de contatos
kind-financial = Dados financeiros
kind-health = Dados de saúde
kind-advertising = Identificadores de publicidade
kind-other = Outros

## Sources
source-user = Fornecidos por você
source-automatic = Coletados automaticamente
source-third-party = De terceiros

## Legal bases
basis-consent = Consentimento
basis-contract = Contrato
basis-legal-obligation = Obrigação legal
basis-vital-interests = Proteção da vida
basis-public-task = Execução de políticas públicas
basis-legitimate-interests = Legítimo interesse
field-title = Título
field-cases = Casos
field-condition = Quando
basis-explicit-consent = Consentimento explícito
basis-contract-or-hr = Contrato ou gestão de recursos humanos
basis-employment = Direito do trabalho e da previdência social
basis-nonprofit-body = Uma entidade sem fins lucrativos, para seus membros
basis-made-public = Informações já tornadas públicas
basis-legal-claims = Exercício de direitos em processo
basis-substantial-public-interest = Interesse público relevante
basis-health-care = Tutela da saúde ou assistência social
basis-public-health = Saúde pública
basis-research = Arquivo, pesquisa ou estatística
basis-emergency = Uma emergência: saúde pública, ou a vida, a saúde ou os bens de alguém
basis-news-reporting = Atividade jornalística e controle público no interesse público
basis-other-law = Outros casos previstos em lei
basis-provision = { $basis } ({ $law } art. { $article })
basis-article = { $law } art. { $article }
exceptions-title = Listas de casos
exceptions-processing-without-consent = Quando podemos tratar seus dados sem o seu consentimento
exceptions-sharing-without-consent = Quando podemos compartilhar seus dados sem o seu consentimento
exceptions-refusal-cases = Quando podemos recusar uma solicitação
exceptions-deletion-cases = Quando você pode pedir que excluamos seus dados
exceptions-storage-abroad = Quando seus dados podem ser armazenados fora do país
exceptions-other = Casos
list-separator = { ", " }
exceptions-case-basis = { $case } ({ $basis })
cookies-title = Cookies e tecnologias semelhantes
cookies-name = Nome
cookies-provider = Definido por
cookies-purpose = Para que serve
cookies-duration = Duração
cookies-essential = Estritamente necessário
cookies-first-party = Nós
cookies-session = Até você fechar o navegador ou o app
minors-title = Menores
minors-under = Menores de { $age } anos
minors-consent = De quem é o consentimento pedido
minors-consent-method = Como o consentimento dos pais ou responsáveis é obtido
minors-rules = Regras que se aplicam
minors-guardian-rights = Direitos que os pais ou responsáveis podem exercer por eles
minor-consent-guardian = O dos pais ou responsáveis
minor-consent-guardian-and-minor = O dos pais ou responsáveis e o deles próprios
minor-consent-minor = O deles próprios
cookie-kind-cookie = Cookie
cookie-kind-local-storage = Armazenamento local
cookie-kind-web-beacon = Web beacon
cookie-kind-sdk-identifier = Identificador de SDK
cookie-kind-other = Tecnologia semelhante

## Platforms
platform-android = Android
platform-ios = iOS
platform-web = Web
platform-mini-program = Miniaplicativo
platform-desktop = Computador

## Recipient kinds
recipient-sdk = SDK
recipient-processor = Operador
recipient-partner = Parceiro
recipient-affiliate = Empresa do grupo
recipient-authority = Autoridade

## Safeguards
safeguard-adequacy = Decisão de adequação
safeguard-standard-clauses = Cláusulas-padrão contratuais
safeguard-binding-corporate-rules = Normas corporativas globais
safeguard-consent = Seu consentimento específico
safeguard-security-assessment = Avaliação de segurança pela autoridade
safeguard-certification = Certificação
safeguard-standard-contract = Contrato padrão registrado na autoridade
safeguard-separate-consent = Pediremos seu consentimento para esta transferência separadamente

## Material changes
material-new-purpose = Uma nova finalidade ou um novo uso de dados
material-new-data-kind = Um novo tipo de dado, ou dados sensíveis
material-new-recipient = Um novo destinatário ou SDK
material-new-transfer = Um novo país para onde os dados vão
material-rights-reduced = Direitos removidos ou mais difíceis de exercer
material-contact-changed = Novo controlador, contato ou canal de reclamação
material-longer-retention = Dados guardados por mais tempo
material-children-audience = O serviço passa a ser voltado a crianças
material-removed-recipient = Um destinatário ou SDK removido
material-text-changed = Qualquer mudança no texto
material-any-change = Qualquer mudança

## Notification channels
notify-email = Um e-mail
notify-in-app = Um aviso no app
notify-website = Um aviso neste site
notify-push = Uma notificação push
notify-sms = Um SMS

## Jurisdictions
law-gdpr = GDPR (União Europeia)
law-uk-gdpr = GDPR do Reino Unido
law-pipl = PIPL (China)
law-ccpa = CCPA (Califórnia)
law-coppa = COPPA (Estados Unidos)
law-lgpd = LGPD (Brasil)
law-appi = APPI (Japão)
law-pipa = PIPA (Coreia)
law-pipeda = PIPEDA (Canadá)

## Audience
audience-children = Este serviço é voltado a crianças com menos de { $age } anos.

## App-store data types (a data category's `store_types`, in change notices)
store-type-name = Nome
store-type-email-address = Endereço de e-mail
store-type-phone-number = Número de telefone
store-type-physical-address = Endereço físico
store-type-other-contact-info = Outras informações de contato
store-type-user-id = ID de usuário
store-type-device-id = ID do dispositivo
store-type-race-or-ethnicity = Raça ou etnia
store-type-political-or-religious-beliefs = Crenças políticas ou religiosas
store-type-sexual-orientation = Orientação sexual
store-type-biometric = Dados biométricos
store-type-other-personal-info = Outras informações pessoais
store-type-payment-info = Informações de pagamento
store-type-purchase-history = Histórico de compras
store-type-credit-info = Informações de crédito
store-type-other-financial-info = Outras informações financeiras
store-type-precise-location = Localização precisa
store-type-coarse-location = Localização aproximada
store-type-browsing-history = Histórico de navegação
store-type-search-history = Histórico de pesquisa
store-type-emails = E-mails
store-type-text-messages = Mensagens de texto
store-type-in-app-messages = Mensagens no app
store-type-photos = Fotos
store-type-videos = Vídeos
store-type-audio-recordings = Gravações de áudio
store-type-music = Arquivos de música
store-type-other-audio = Outros arquivos de áudio
store-type-health = Informações de saúde
store-type-fitness = Informações de condicionamento físico
store-type-contacts = Contatos
store-type-calendar = Eventos da agenda
store-type-files-and-docs = Arquivos e documentos
store-type-gameplay-content = Conteúdo de jogos
store-type-customer-support = Suporte ao cliente
store-type-other-user-content = Outro conteúdo do usuário
store-type-product-interaction = Interação com o produto
store-type-installed-apps = Apps instalados
store-type-advertising-data = Dados de publicidade
store-type-other-usage-data = Outros dados de uso
store-type-crash-data = Dados de falhas
store-type-performance-data = Dados de desempenho
store-type-other-diagnostic-data = Outros dados de diagnóstico
store-type-other-data-types = Outros tipos de dados

# Languages named in this language, for notes about text shown in another one.
language-of-en = inglês
language-of-de = alemão
language-of-fr = francês
language-of-es = espanhol
language-of-pt-BR = português do Brasil
language-of-ja = japonês
language-of-ko = coreano
language-of-zh-Hans = chinês simplificado
language-of-zh-Hant = chinês tradicional
language-of-ar = árabe

# Notification texts of a material release (e-mail and in-app dialog).
notify-subject = Mudanças na { $title } de { $product }
notify-intro = Estamos mudando a { $title } de { $product }. A nova versão entra em vigor em { $date }.
notify-summary = O que muda
notify-why = Por que estamos avisando
notify-read-changes = Ler o que mudou
notify-read-policy = Ler a nova versão
notify-dialog-title = Estamos atualizando nossa { $title }
notify-dialog-review = Ver as mudanças
notify-dialog-later = Mais tarde

## PDF records
pdf-language = Idioma
pdf-seal = Selo (SHA-256 dos arquivos selados)
pdf-sign-off = Publicação e aprovações
pdf-translation = Tradução confirmada por
pdf-address = Endereço permanente
pdf-not-recorded = Não registrado
pdf-about = Este PDF registra a versão como foi publicada e selada. Seu texto é o do endereço permanente.
pdf-too-long = O texto desta versão passa de { $pages } páginas, mais do que um PDF registra, por isso este PDF tem só a capa. O texto está no endereço permanente.
pdf-page = Página { $page } de { $pages }
pdf-changes = Aviso de alterações
pdf-link = PDF
pdf-notice-link = Aviso de alterações (PDF)
