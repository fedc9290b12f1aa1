/** "Certificado Mentoría Digital 2026 Ana" → "certificado-mentoria-digital-2026-ana": a name every system accepts. */
export function fileSafeName(text: string): string {
  return (
    text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80) || "tandem"
  );
}
