"use client";
import { buttonClass } from "@/components/ui/styles";

/** Under an overview field someone else changed meanwhile: their value, and theirs or mine. */
export function HeaderFieldConflict({
  theirs,
  onChoose,
}: {
  theirs: string;
  onChoose: (keep: "theirs" | "mine") => void;
}) {
  return (
    <div role="alert" className="mt-1 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm">
      <p>
        Someone else changed this to <strong>{theirs || "(empty)"}</strong>.
      </p>
      <div className="mt-1 flex gap-2">
        <button
          type="button"
          className={buttonClass.secondary + " px-2 py-1"}
          onClick={() => onChoose("theirs")}
        >
          Keep theirs
        </button>
        <button
          type="button"
          className={buttonClass.secondary + " px-2 py-1"}
          onClick={() => onChoose("mine")}
        >
          Keep mine
        </button>
      </div>
    </div>
  );
}
