// The raw baseline: a bare module worker that says it is ready, then echoes every message.
postMessage("ready");
onmessage = (event: MessageEvent) => postMessage(event.data);
