import { useEffect, useRef, useState, type FormEvent } from 'react';
import { API_KEY_PATTERN, ApiKeyInput, useSignIn, type SignedIn } from '@/api/session';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { inputStyles } from '@/components/ui/input-styles';
import { signInProblem } from './sign-in-error';

const FIELD_ID = 'api-key';

/** Checked before anything is sent; messages never repeat the value (it may be someone's key). */
function apiKeyFormatError(value: string): string | null {
  if (value === '') return 'Paste your NextDocs API key.';
  if (!value.startsWith('nxd_')) return 'A NextDocs API key starts with nxd_.';
  if (!API_KEY_PATTERN.test(value)) {
    return 'This key looks incomplete: after nxd_ come at least 8 letters, digits, dashes or underscores.';
  }
  return null;
}

interface ApiKeyFormProps {
  /** Label of the submit button, e.g. "Connect" or "Switch to this key". */
  submitLabel: string;
  onConnected: (answer: SignedIn) => void;
}

/**
 * The key field. The key lives only in the input's DOM value (an uncontrolled input, never React
 * state), goes out once in the POST /session body, and the field is emptied on success. After a
 * refused key the text stays in the field so a typo can be fixed; it is still stored nowhere.
 * It is a password field so it is not shown on screen shares; "Show key" reveals it to check.
 */
export function ApiKeyForm({ submitLabel, onConnected }: ApiKeyFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [formatError, setFormatError] = useState<string | null>(null);
  const [visible, setVisible] = useState(false);
  const signIn = useSignIn({
    onSignedIn: (answer) => {
      // The key was accepted: it is not left in the page.
      if (inputRef.current) inputRef.current.value = '';
      setVisible(false);
      onConnected(answer);
    },
  });

  const problem = signIn.isError ? signInProblem(signIn.error) : null;
  const fieldError = formatError ?? (problem?.aboutKey ? problem.message : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = inputRef.current;
    if (!input || signIn.isPending) return;
    const value = input.value.trim();
    const invalid = apiKeyFormatError(value);
    setFormatError(invalid);
    if (invalid) {
      signIn.reset();
      input.focus();
      return;
    }
    signIn.mutate(new ApiKeyInput(value));
  };

  // A refused key: focus goes back to the field to fix it, once the refusal is on screen. Driven
  // by the error shown rather than by mutate's own onError: a clean-clone run once showed the
  // refusal with the focus left on the page (cause not found), and this ties the two together.
  const error = signIn.error;
  useEffect(() => {
    if (error && signInProblem(error).aboutKey) inputRef.current?.focus();
  }, [error]);

  const describedBy = [`${FIELD_ID}-hint`, fieldError ? `${FIELD_ID}-error` : null].filter(Boolean).join(' ');

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="flex flex-col gap-4">
      <Field
        id={FIELD_ID}
        label="NextDocs API key"
        hint="It starts with nxd_. This server checks it and keeps it; your browser does not store it."
        error={fieldError ?? undefined}
      >
        <div className="flex gap-2">
          <input
            ref={inputRef}
            id={FIELD_ID}
            name="api-key"
            type={visible ? 'text' : 'password'}
            autoComplete="off"
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy}
            className={inputStyles('font-mono')}
          />
          <Button variant="outline" aria-pressed={visible} aria-controls={FIELD_ID} onClick={() => setVisible((v) => !v)}>
            Show key
          </Button>
        </div>
      </Field>
      {problem && !problem.aboutKey ? (
        <div role="alert" className="flex flex-col items-start gap-2 rounded-md border border-destructive/40 p-3 text-sm">
          <p>{problem.message}</p>
          {problem.retry ? (
            <Button variant="outline" size="sm" onClick={() => formRef.current?.requestSubmit()}>
              Try again
            </Button>
          ) : null}
        </div>
      ) : null}
      <div>
        <Button type="submit" disabled={signIn.isPending}>
          {signIn.isPending ? 'Checking the key…' : submitLabel}
        </Button>
      </div>
    </form>
  );
}
