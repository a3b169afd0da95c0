/**
 * An error the sidebar shows as it is: a Russian sentence that says what is wrong and what to do. Anything else
 * thrown by a server function (an Apps Script exception) is shown with a Russian lead-in by the sidebar.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
