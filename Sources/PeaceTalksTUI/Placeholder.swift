// The explorer: state, actions, update and render. No terminal code lives here.
