export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

const COMMON = new Set([
  "1234567890",
  "12345678910",
  "123456789a",
  "qwertyuiop",
  "password123",
  "password1234",
  "contraseña",
  "contrasena123",
  "iloveyou123",
  "abcdefghij",
  "qwerty12345",
  "1q2w3e4r5t",
  "passw0rd123",
  "aaaaaaaaaa",
  "0987654321",
  "superman123",
  "football123",
  "administrator",
]);

// Returns a catalogue key describing why a password is weak, or null when it is acceptable.
export function passwordWeakness(password: string, email?: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "validation.password_too_short";
  if (password.length > PASSWORD_MAX_LENGTH) return "validation.password_too_long";
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return "validation.password_common";
  if (new Set(lower).size < 4) return "validation.password_common";
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "validation.password_contains_email";
  return null;
}
