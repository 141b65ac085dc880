import { DndContext, type DndContextProps } from '@dnd-kit/core';
import { createContext, use, type ReactNode } from 'react';

const Content = createContext<ReactNode>(null);
function ContentOutlet() {
  return use(Content);
}
const OUTLET = <ContentOutlet />;

/**
 * dnd-kit's DndContext, with its children handed through a context. DndContext is memoised, but
 * new children are a new prop, and each of its renders during a drag measures the targets and
 * runs collision detection again. Here its only child is one constant element: given stable
 * props (handlers that keep their identity), it renders for its own state alone, and a render of
 * the content (a drop's optimistic write, the overlay hidden) skips it. That pass was part of
 * the drop's long task (B4 (b)).
 */
export function StableDndContext({ children, ...props }: DndContextProps) {
  return (
    <Content value={children}>
      <DndContext {...props}>{OUTLET}</DndContext>
    </Content>
  );
}
