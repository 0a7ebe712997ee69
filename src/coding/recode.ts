// Announced actions are coded as what they are when announced. CAMEO and PLOVER code
//  - announced cooperation ("will hold talks", "offered to help") as intent (03 → AGREE),
//  - an actor's announced coercion ("said it will impose sanctions") as a threat (13 → THREATEN),
//  - an announced refusal ("will not accept", "would not meet") as a rejection (12 → REJECT),
//  - "Y must do Z", said by X, as a demand of X on Y (10 → REQUEST).

type Table = readonly (readonly [prefix: string, code: string])[];

const lookup = (table: Table, code: string): string | null => {
  for (const [prefix, target] of table) if (code.startsWith(prefix)) return target;
  return null;
};

const INTENT: Table = [
  ['061', '031'],
  ['062', '032'],
  ['071', '0331'],
  ['072', '0332'],
  ['073', '0333'],
  ['074', '0334'],
  ['0841', '0353'],
  ['081', '0351'],
  ['085', '0354'],
  ['086', '0355'],
  ['087', '0356'],
  // "offering to mediate between Russia and Ukraine": intent to mediate, not to meet.
  ['045', '039'],
  ['04', '036'],
  ['05', '030'],
  ['06', '030'],
  ['07', '033'],
  ['08', '035'],
];

const THREAT: Table = [
  ['162', '1311'],
  ['163', '1312'],
  ['160', '1313'],
  ['161', '1313'],
  ['164', '134'],
  ['165', '135'],
  ['166', '136'],
  ['16', '131'],
  ['1721', '1321'],
  ['1722', '1322'],
  ['1723', '1323'],
  ['1724', '1324'],
  ['172', '132'],
  ['173', '137'],
  ['174', '137'],
  ['175', '137'],
  ['17', '130'],
  ['14', '133'],
  ['15', '138'],
  ['190', '1384'],
  ['191', '1381'],
  ['192', '1382'],
  ['204', '1385'],
  ['18', '138'],
  ['19', '138'],
  ['20', '1383'],
];

const REJECTION: Table = [
  ['0841', '1243'],
  ['081', '1241'],
  ['085', '1244'],
  ['086', '1245'],
  ['087', '1246'],
  ['08', '124'],
  ['04', '125'],
  ['06', '121'],
  ['07', '122'],
  ['03', '120'],
  ['05', '120'],
];

const DEMAND: Table = [
  ['04', '106'],
  ['06', '101'],
  ['07', '103'],
  ['0841', '1053'],
  ['08', '105'],
];

/** Intent code for a cooperative code (roots 04–08), or null when the code is not cooperative. */
export const intentCode = (code: string): string | null => lookup(INTENT, code);
/** Threat code for a coercive or violent code (roots 14–20), or null. */
export const threatCode = (code: string): string | null => lookup(THREAT, code);
/** Rejection code for a cooperative code refused in advance, or null. */
export const rejectionCode = (code: string): string | null => lookup(REJECTION, code);
/** The demand to do what the code describes ("must withdraw" → 105), defaulting to 100. */
export const demandCode = (code: string): string => lookup(DEMAND, code) ?? '100';
