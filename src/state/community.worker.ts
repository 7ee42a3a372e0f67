/// <reference lib="webworker" />
import { detectCommunities, type CommunityInput } from './communities';

self.onmessage = (event: MessageEvent<CommunityInput>) => {
  self.postMessage(detectCommunities(event.data));
};
