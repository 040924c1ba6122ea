import type { RequestHandler } from "express";

/**
 * Browser features the portal never uses, switched off for it and anything it might embed, so
 * that injected script could not ask for them either. Only names Chromium knows: an unknown
 * name costs a console warning on every page (a browser test listens for them).
 */
export const DISABLED_FEATURES = [
  "accelerometer",
  "browsing-topics",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
] as const;

export const PERMISSIONS_POLICY = DISABLED_FEATURES.map((feature) => `${feature}=()`).join(", ");

/** Sent with the logout response: the browser drops the portal's cache, cookies and storage. */
export const CLEAR_SITE_DATA = '"cache", "cookies", "storage"';

export function permissionsPolicy(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    next();
  };
}
