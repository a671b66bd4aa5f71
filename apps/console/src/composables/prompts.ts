import { ElMessageBox } from 'element-plus';
import { idNumberMessage, normalizeIdNumber } from '../lib/id-number';

// Asks for the resident's ID number again (the API needs it to match the verification's
// subject; the console never keeps it). Resolves to null when the clerk cancels.
export async function askIdNumber(title: string, message: string): Promise<string | null> {
  try {
    const { value } = await ElMessageBox.prompt(message, title, {
      confirmButtonText: '确定',
      cancelButtonText: '取消',
      inputPlaceholder: '18 位公民身份号码',
      inputValidator: (v: string) => idNumberMessage(v ?? '') ?? (v ? true : '请填写公民身份号码'),
      inputAttrs: { maxlength: 18, autocomplete: 'off' },
    } as Parameters<typeof ElMessageBox.prompt>[2]);
    return normalizeIdNumber(value);
  } catch {
    return null;
  }
}

// A reason the clerk types (withdrawal, suspension, revocation). Null when cancelled.
export async function askReason(title: string, message: string, max = 200): Promise<string | null> {
  try {
    const { value } = await ElMessageBox.prompt(message, title, {
      confirmButtonText: '确定',
      cancelButtonText: '取消',
      inputType: 'textarea',
      inputValidator: (v: string) =>
        !v || !v.trim() ? '请填写原因' : v.trim().length > max ? `不超过 ${max} 个字` : true,
    });
    return value.trim();
  } catch {
    return null;
  }
}

export async function confirm(title: string, message: string, confirmText = '确定'): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title, {
      confirmButtonText: confirmText,
      cancelButtonText: '取消',
      type: 'warning',
    });
    return true;
  } catch {
    return false;
  }
}
