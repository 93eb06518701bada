import Link from "next/link";
import "./globals.css";

// Reached only outside any locale (e.g. /xx/…); localized 404s render in app/[locale]/not-found.tsx.
export default function GlobalNotFound() {
  return (
    <html lang="es">
      <body className="p-10 font-sans">
        <h1 className="text-xl font-semibold">Página no encontrada · Page not found</h1>
        <p className="mt-3">
          <Link className="underline" href="/es">
            Inicio
          </Link>{" "}
          ·{" "}
          <Link className="underline" href="/en">
            Home
          </Link>
        </p>
      </body>
    </html>
  );
}
