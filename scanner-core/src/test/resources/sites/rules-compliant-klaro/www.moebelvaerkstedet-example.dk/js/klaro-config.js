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
