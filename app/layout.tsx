import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Kintsugi",
  description: "Blameless postmortems for the automation era",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page is rendered per request: each response carries a fresh CSP nonce,
// and no page may be prerendered from whatever database the build machine has.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
