import { useQuery, type UseMutationResult } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Brand } from '@contract';
import { draftOwner, sessionQueries } from '@/api/session';
import { addVersion, historyKey, readHistory, writeHistory, type InstructionVersion } from '@/lib/instruction-history';

type SaveMutation = Pick<UseMutationResult<Brand, unknown, unknown>, 'status' | 'submittedAt' | 'data' | 'isPending'>;

/**
 * The instruction's saved versions in this browser, per signed-in user and brand (the last 30).
 * Every successful save of the instruction adds one, summarised against the one before.
 */
export function useInstructionHistory(brand: Brand, save: SaveMutation) {
  const session = useQuery(sessionQueries.current());
  const owner = session.data?.signed_in ? draftOwner(session.data.user) : null;
  const key = owner ? historyKey(owner, brand.id) : null;
  const [state, setState] = useState<{ key: string | null; versions: InstructionVersion[] }>(() => ({
    key,
    versions: key ? readHistory(key) : [],
  }));
  let versions = state.versions;
  if (state.key !== key) {
    versions = key ? readHistory(key) : [];
    setState({ key, versions });
  }

  // What the server held before the save in flight (the cache shows the optimistic text meanwhile).
  const before = useRef({ text: brand.ai_instruction ?? '', at: brand.updated_at });
  const recorded = useRef(save.submittedAt);
  useEffect(() => {
    if (save.status !== 'success' || !save.data || recorded.current === save.submittedAt) return;
    recorded.current = save.submittedAt;
    const list = addVersion(key ? readHistory(key) : versions, {
      text: save.data.ai_instruction ?? '',
      before: before.current.text,
      beforeAt: before.current.at,
      savedAt: save.data.updated_at,
    });
    if (key) writeHistory(key, list);
    setState({ key, versions: list });
  }, [save.status, save.data, save.submittedAt, key, versions]);
  useEffect(() => {
    if (!save.isPending) before.current = { text: brand.ai_instruction ?? '', at: brand.updated_at };
  }, [save.isPending, brand.ai_instruction, brand.updated_at]);

  const refresh = useCallback(() => setState({ key, versions: key ? readHistory(key) : [] }), [key]);
  return { versions, refresh };
}
