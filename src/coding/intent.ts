// Statements of intent. "Russia will continue the dialogue" is not a consultation yet: CAMEO codes
// announced cooperation as 03 (express intent), which PLOVER maps to AGREE.
const INTENT_BY_CODE: readonly [prefix: string, intent: string][] = [
  ['061', '031'],
  ['062', '032'],
  ['071', '0331'],
  ['072', '0332'],
  ['073', '0333'],
  ['074', '0334'],
  ['0841', '0353'],
  ['081', '0354'],
  ['087', '0356'],
  ['04', '036'],
  ['05', '030'],
  ['06', '030'],
  ['07', '033'],
  ['08', '035'],
];

/** The intent code for a cooperative code (roots 04–08), or null when the code is not cooperative. */
export function intentCode(code: string): string | null {
  for (const [prefix, intent] of INTENT_BY_CODE) if (code.startsWith(prefix)) return intent;
  return null;
}
