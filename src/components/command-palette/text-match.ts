/** Every word of what was typed appears in `text`, in any order and case: "noir stu" finds "Studio Noir". */
export function matchesText(text: string, search: string): boolean {
  const haystack = text.toLocaleLowerCase();
  const words = search.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return words.length > 0 && words.every((word) => haystack.includes(word));
}
