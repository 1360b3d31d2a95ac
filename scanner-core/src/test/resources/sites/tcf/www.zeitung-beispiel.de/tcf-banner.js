// A small TCF v2.2 consent banner built on IAB Tech Lab's own @iabtcf/cmpapi and @iabtcf/core
// (served unmodified from /vendor/, fetched from the npm registry by the build). The page sets
// window.bannerConfig to choose how honest the banner is:
//   consentBeforeChoice: write an accept-all TC string as soon as the page loads
//   keepAfterReject:     purposes whose consent "reject all" keeps (with vendor 9001)
//   legitimateInterest:  purposes declared on legitimate interest in every string
import { CmpApi } from '/vendor/iabtcf-cmpapi/lib/mjs/index.js';
import { GVL, TCModel, TCString } from '@iabtcf/core';

const CMP_ID = 421;
const CMP_VERSION = 3;
const ALL_PURPOSES = [1, 2, 3, 4, 7];
const ALL_VENDORS = [9001, 9002];
const config = window.bannerConfig || {};

const gvl = new GVL(await (await fetch('/vendor-list.json')).json());
const api = new CmpApi(CMP_ID, CMP_VERSION, true);

function encode(purposes, vendors) {
  const model = new TCModel(gvl);
  model.cmpId = CMP_ID;
  model.cmpVersion = CMP_VERSION;
  model.publisherCountryCode = 'DE';
  model.isServiceSpecific = true;
  model.purposeConsents.set(purposes);
  model.vendorConsents.set(vendors);
  model.purposeLegitimateInterests.set(config.legitimateInterest || [7]);
  model.vendorLegitimateInterests.set([9001]);
  return TCString.encode(model);
}

function store(tcString) {
  document.cookie = 'euconsent-v2=' + tcString + '; Max-Age=31536000; Path=/; SameSite=Lax; Secure';
}

const stored = document.cookie.match(/(?:^|; )euconsent-v2=([^;]*)/);
if (stored) {
  api.update(stored[1], false);
} else {
  if (config.consentBeforeChoice) {
    store(encode(ALL_PURPOSES, ALL_VENDORS));
  }
  const box = document.createElement('div');
  box.id = 'tcf-banner';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', 'Datenschutz');
  box.style.cssText = 'position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #333;padding:16px;font-family:sans-serif';
  box.innerHTML = '<p>Wir und unsere 2 Partner speichern Informationen auf Ihrem Ger\u00e4t und verarbeiten personenbezogene Daten '
    + 'f\u00fcr personalisierte Werbung und Messung. Ihre Wahl k\u00f6nnen Sie jederzeit \u00e4ndern.</p>'
    + '<button id="tcf-accept">Alle akzeptieren</button> <button id="tcf-reject">Alle ablehnen</button>';
  document.body.appendChild(box);
  api.update(config.consentBeforeChoice ? document.cookie.match(/(?:^|; )euconsent-v2=([^;]*)/)[1] : '', true);
  const decide = (purposes, vendors) => {
    const tcString = encode(purposes, vendors);
    store(tcString);
    box.remove();
    api.update(tcString, false);
  };
  document.getElementById('tcf-accept').addEventListener('click', () => decide(ALL_PURPOSES, ALL_VENDORS));
  document.getElementById('tcf-reject').addEventListener('click', () => {
    const kept = config.keepAfterReject || [];
    decide(kept, kept.length ? [9001] : []);
  });
}
