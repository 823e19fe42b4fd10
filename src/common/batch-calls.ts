interface Call<Q, A> {
  question: Q;
  resolve: (answer: A) => void;
  reject: (error: unknown) => void;
}

/**
 * A function of one question whose calls made in the same turn of the event loop are answered together, in the order
 * they were made, by one call of `answerAll`: many small questions to another process (Chromium) cost one round trip.
 * When `answerAll` fails, every call of its batch fails with its error.
 */
export function batchCalls<Q, A>(answerAll: (questions: Q[]) => Promise<A[]>): (question: Q) => Promise<A> {
  let waiting: Array<Call<Q, A>> = [];
  const answerWaiting = (): void => {
    const batch = waiting;
    waiting = [];
    answerAll(batch.map((call) => call.question)).then(
      (answers) => batch.forEach((call, index) => call.resolve(answers[index])),
      (error: unknown) => batch.forEach((call) => call.reject(error)),
    );
  };
  return (question) =>
    new Promise<A>((resolve, reject) => {
      // After the microtasks of this turn: callers that go on from answers of the last batch ask their next question first.
      if (waiting.length === 0) setImmediate(answerWaiting);
      waiting.push({ question, resolve, reject });
    });
}
