import type { Activators, SensorInstance, SensorProps, UniqueIdentifier } from '@dnd-kit/core';
import { isRailTargetData } from './drop-targets';
import { stepForKey, stepTarget } from './target-steps';

const START = ['Space', 'Enter'];
const END = ['Space', 'Enter'];

/**
 * Keyboard dragging that jumps from drop target to drop target (arrows, Home, End) instead of
 * nudging the card by pixels. dnd-kit's own keyboard sensor scrolls the page rather than move
 * when a target lies far along an arrow's direction; the rail is always in view, so this one
 * moves the card straight onto the target's centre (the collision detection counts the target
 * holding the card's centre). Space or Enter drops, Escape cancels, Tab is held while dragging.
 */
export class TargetKeyboardSensor implements SensorInstance {
  autoScrollEnabled = false;
  private translate = { x: 0, y: 0 };
  private over: UniqueIdentifier | null = null;
  private readonly document: Document;

  constructor(private readonly props: SensorProps<object>) {
    this.document = (props.event.target as Node).ownerDocument ?? document;
    this.onKeyDown = this.onKeyDown.bind(this);
    this.onCancel = this.onCancel.bind(this);
    props.onStart({ x: 0, y: 0 });
    // At once, so a key pressed right after the pick-up is never lost; the key that started the
    // drag still reaches this listener as it bubbles to the document, and is skipped below.
    this.document.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('resize', this.onCancel);
  }

  static activators: Activators<object> = [
    {
      eventName: 'onKeyDown',
      handler: (event, _options, { active }) => {
        const { code, target } = event.nativeEvent;
        if (!START.includes(code) || target !== active.activatorNode.current) return false;
        event.preventDefault();
        return true;
      },
    },
  ];

  private onKeyDown(event: KeyboardEvent): void {
    if (event === this.props.event) return;
    // A held Space or Enter repeats: only a fresh press drops.
    if (END.includes(event.code) && event.repeat) return event.preventDefault();
    if (END.includes(event.code)) return this.finish(event, () => this.props.onEnd());
    if (event.code === 'Escape') return this.finish(event, () => this.props.onCancel());
    if (event.code === 'Tab') return event.preventDefault();
    const step = stepForKey(event.code);
    if (!step) return;
    event.preventDefault();
    const context = this.props.context.current;
    const targets = context.droppableContainers
      .getEnabled()
      .filter((container) => isRailTargetData(container.data.current) && container.node.current);
    const order = targets.map((container) => container.id);
    const current = context.over?.id ?? this.over;
    const nextId = stepTarget(order, current && order.includes(current) ? current : null, step);
    const node = targets.find((container) => container.id === nextId)?.node.current;
    const card = context.collisionRect;
    if (!node || !card || nextId === undefined) return;
    // The rail may scroll its own list: bring the target into view before measuring it.
    node.scrollIntoView({ block: 'nearest' });
    const rect = node.getBoundingClientRect();
    this.translate = {
      x: this.translate.x + rect.left + rect.width / 2 - (card.left + card.width / 2),
      y: this.translate.y + rect.top + rect.height / 2 - (card.top + card.height / 2),
    };
    this.over = nextId;
    this.props.onMove(this.translate);
  }

  private finish(event: KeyboardEvent, then: () => void): void {
    event.preventDefault();
    this.document.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('resize', this.onCancel);
    then();
  }

  private onCancel(): void {
    this.document.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('resize', this.onCancel);
    this.props.onCancel();
  }
}
