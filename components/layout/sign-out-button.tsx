import { signOutAction } from "@/app/[locale]/(auth)/actions";
import { buttonStyles } from "@/components/ui/button-styles";

export function SignOutButton({ label }: { label: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={buttonStyles.secondary}>
        {label}
      </button>
    </form>
  );
}
