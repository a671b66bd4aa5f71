// What a pasted or scanned string is: a community certificate (QR prefix HXZM1:), or a JWS
// whose header says receipt or commitment record.
export type SignedKind = 'RECEIPT' | 'COMMITMENT' | 'CERTIFICATE';

const TYP: Record<string, SignedKind> = {
  'verification-receipt+jwt': 'RECEIPT',
  'commitment-record+jwt': 'COMMITMENT',
  'community-certificate+jwt': 'CERTIFICATE',
};

export function signedKind(text: string): SignedKind | null {
  const t = text.trim();
  if (t.startsWith('HXZM1:')) return 'CERTIFICATE';
  const header = t.split('.')[0];
  if (!header || t.split('.').length !== 3) return null;
  try {
    const json = atob(header.replace(/-/g, '+').replace(/_/g, '/'));
    const typ = (JSON.parse(json) as { typ?: unknown }).typ;
    return typeof typ === 'string' ? (TYP[typ] ?? null) : null;
  } catch {
    return null;
  }
}
