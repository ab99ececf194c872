"use client";
// The browser's safety net: unsaved text, with the version it started from,
// kept in localStorage until the server has it.
import { useRef, useSyncExternalStore } from "react";

export type LocalDraft<T> = { baseVersion: number; at: number; data: T };

export const draftKey = (postmortemId: string, part: string) => `kintsugi:draft:${postmortemId}:${part}`;

export function writeLocalDraft<T>(key: string, baseVersion: number, data: T) {
  try {
    localStorage.setItem(key, JSON.stringify({ baseVersion, at: Date.now(), data } satisfies LocalDraft<T>));
  } catch {
    // Storage full or disabled: the server save still runs.
  }
}

export function clearLocalDraft(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {
    // ignore
  }
}

const noSubscribe = () => () => {};

/**
 * The draft that was in storage when this component first rendered in the
 * browser (null on the server and when there is none). Later writes by this
 * page do not change it.
 */
export function useInitialLocalDraft<T>(key: string): LocalDraft<T> | null {
  const memo = useRef<string | null | undefined>(undefined);
  const raw = useSyncExternalStore(
    noSubscribe,
    () => {
      if (memo.current === undefined) {
        try {
          memo.current = localStorage.getItem(key);
        } catch {
          memo.current = null;
        }
      }
      return memo.current;
    },
    () => null,
  );
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as LocalDraft<T>;
    return typeof parsed.baseVersion === "number" && parsed.data ? parsed : null;
  } catch {
    return null;
  }
}
