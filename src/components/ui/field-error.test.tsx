import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FieldError } from './field-error';

afterEach(cleanup);

describe('FieldError', () => {
  it('announces the message under the id the control points at', () => {
    render(<FieldError id="name-error">Name is required</FieldError>);
    const alert = screen.getByRole('alert');
    expect(alert.id).toBe('name-error');
    expect(alert.textContent).toBe('Name is required');
  });

  it('renders nothing without a message', () => {
    const { container } = render(<FieldError id="name-error">{undefined}</FieldError>);
    render(<FieldError id="other-error">{''}</FieldError>);
    expect(container.innerHTML).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
