export const PARLEY_ADDON_ID = 'parley@parley.dev';
/** Fixed through the extensions.webextensions.uuids pref, so pages can be named before install. */
export const PARLEY_UUID = '5b0e8f3c-2d7a-4f61-9c4e-8a1d3b6f0e27';
export const EXTENSION_ORIGIN = `moz-extension://${PARLEY_UUID}`;
