import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "Kintsugi",
  description: "Blameless postmortems for the automation era",
  // public/: the web manifest and the icons rendered from app/icon.svg (scripts/generate-icons.ts).
  // Listing icons here replaces Next's automatic link to app/icon.svg, so it is listed too.
  manifest: "/manifest.webmanifest",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: { url: "/apple-touch-icon.png", sizes: "180x180" },
  },
  // A private application: keep it out of search engines (robots.txt says the same).
  robots: { index: false, follow: false },
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
