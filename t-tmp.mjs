const u0=process.cpuUsage();const t=performance.now();
for (const s of process.argv.slice(2)) { const a=process.cpuUsage(); await import(s); const u=process.cpuUsage(a); console.log(s.padEnd(40), ((u.user+u.system)/1000).toFixed(0),'ms cpu'); }
