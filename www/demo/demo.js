// The demo blog's own script: listens to the Skillpath widgets' events (they
// bubble up to the document) and lists each one with a summary of its detail.
const log = document.getElementById("events");

function summary(type, detail) {
  switch (type) {
    case "skillpath-result":
      return `result: ${detail.outcome} (breadth ${detail.scores.breadth}, depth ${detail.scores.depth}, pillars ${detail.scores.pillars})`;
    case "skillpath-income":
      return `income: “${detail.income.scenario}” comes to ${detail.income.annual} ${detail.income.currency} a year (${detail.scenarios.length} scenarios)`;
    case "skillpath-export":
      return `export: a profile file, version ${detail.version}, headline “${detail.headline}”`;
    default:
      return type;
  }
}

for (const type of ["skillpath-result", "skillpath-income", "skillpath-export"]) {
  document.addEventListener(type, (event) => {
    const item = document.createElement("li");
    item.textContent = `${event.target.id}: ${summary(type, event.detail)}`;
    log.append(item);
  });
}
