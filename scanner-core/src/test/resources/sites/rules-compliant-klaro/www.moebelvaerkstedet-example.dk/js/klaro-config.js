// Klaro configuration for Møbelværkstedet. Klaro (vendor/klaro) keeps the choice in the cookie "klaro" for 180 days.
window.klaroConfig = {
  version: 1,
  elementID: 'klaro',
  storageMethod: 'cookie',
  cookieName: 'klaro',
  cookieExpiresAfterDays: 180,
  privacyPolicy: '/privatlivspolitik.html',
  default: false,
  mustConsent: false,
  acceptAll: true,
  hideDeclineAll: false,
  hideLearnMore: false,
  lang: 'da',
  translations: {
    da: {
      privacyPolicyUrl: '/privatlivspolitik.html',
      // Klaro's own Danish notice names only the purposes; the shop says who receives the data, for how long, and how to withdraw
      consentNotice: {
        description: 'Vi og vores partnere (Google og Meta) gemmer og behandler dine oplysninger til følgende formål: {purposes}. '
          + 'Cookies gemmes i op til 13 måneder, og du kan til enhver tid trække dit samtykke tilbage under "Skift dine cookievalg" nederst på siden.'
      },
      purposes: {
        statistik: { title: 'Statistik' },
        markedsfoering: { title: 'Markedsføring' }
      },
      'google-analytics': { description: 'Besøgsstatistik (Google Ireland Limited)' },
      'meta-pixel': { description: 'Måler effekten af vores annoncer på Facebook og Instagram (Meta Platforms Ireland Limited)' }
    }
  },
  services: [
    { name: 'google-analytics', title: 'Google Analytics', purposes: ['statistik'], cookies: [/^_ga(_.*)?$/] },
    { name: 'meta-pixel', title: 'Meta-pixel', purposes: ['markedsfoering'], cookies: ['_fbp'] }
  ]
};
