import { PayloadBudget, payloadBytes } from "../../../taskpane/office/payload_budget";

describe("PayloadBudget", () => {
  it("syncs only when the next command would pass the budget", async () => {
    let syncs = 0;
    const budget = new PayloadBudget({ sync: async () => void syncs++ }, 1000);
    await budget.reserve(600);
    budget.add(100);
    expect(syncs).toBe(0);
    await budget.reserve(400);
    expect(syncs).toBe(1);
    expect(budget.queued).toBe(400);
    await budget.flush();
    expect(budget.syncs).toBe(2);
  });
  it("never syncs an empty request, even for a command larger than the budget", async () => {
    let syncs = 0;
    const budget = new PayloadBudget({ sync: async () => void syncs++ }, 10);
    await budget.reserve(50);
    expect(syncs).toBe(0);
  });
  it("counts UTF-8 bytes of the JSON", () => {
    expect(payloadBytes(["ab"])).toBe(6);
    expect(payloadBytes(["жы"])).toBe(8);
  });
});
