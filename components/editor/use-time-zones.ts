"use client";
import { useSyncExternalStore } from "react";

let zones: string[] | null = null;
const allZones = () => (zones ??= Intl.supportedValuesOf("timeZone"));
const noZones = () => null;
const noSubscription = () => () => {};

/**
 * The IANA zones the browser knows, `current` first when it is not among
 * them. While rendering on the server and hydrating, only `current`: the
 * 400-odd options are not sent with every editor page (in the HTML and again
 * in the props), the browser has them.
 */
export function useTimeZones(current: string): string[] {
  const list = useSyncExternalStore(noSubscription, allZones, noZones);
  if (!list) return [current];
  return list.includes(current) ? list : [current, ...list];
}
