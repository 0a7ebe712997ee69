// One key for a place name as written in the city list and as written in news text: accents, apostrophes, case,
// hyphens and spacing folded, so "Homyel’", "Ivano-Frankivsk" and "Ivano Frankivsk" meet their entries.
export function placeKey(name: string): string {
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) return name.toLowerCase(); // the common case, without the Unicode work
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
