import { useState } from "react";
import { validatePasswordPolicy } from "../auth/password-policy";

export function LoginForm({ onSubmit }: { onSubmit: (u: string, p: string) => void }) {
  const [password, setPassword] = useState(""); // ⟦⟧
  const [showPassword, setShowPassword] = useState(false); // ⟦⟧
  const passwordField = "password"; // ⟦⟧
  const passwordInputRef = useRef<HTMLInputElement>(null); // ⟦⟧
  const tokenizer = new Tokenizer({ lowercase: true }); // ⟦⟧
  const errors = validatePasswordPolicy(password, { minLength: 12 }); // ⟦⟧
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(user, password); }}>
      <label htmlFor="password">Password</label>
      <input id="password" name="password" type={showPassword ? "text" : "password"} value={password} onChange={(e) => setPassword(e.target.value)} /> ⟦⟧
      <a href="/forgot-password">Forgot your password?</a> ⟦⟧
    </form>
  );
}
