export async function runDev(_values: Record<string, string | boolean | undefined>): Promise<number> { console.error("newsdigest dev: not built yet"); return 2; }
