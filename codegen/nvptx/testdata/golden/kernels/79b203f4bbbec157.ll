define ptx_kernel void @$K(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, %R
	%4 = add i32 %2, 0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %2, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 2
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 3
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = icmp ne i32 %19, 0
	%21 = mul i32 %0, 4
	%22 = add i32 %21, 0
	%23 = sub i32 1023, %22
	%24 = icmp sge i32 %23, 0
	%25 = icmp sgt i32 %23, 0
	%26 = select i1 %25, i32 %23, i32 0
	%27 = mul i32 %1, 2048
	%28 = add i32 %27, %26
	%29 = sext i32 %28 to i64
	%30 = getelementptr i32, i32* %hist, i64 %29
	%31 = load i32, i32* %30
	%32 = select i1 %24, i32 %31, i32 0
	%33 = add i32 0, %32
	%34 = mul i32 %0, 4
	%35 = add i32 %34, 1
	%36 = sub i32 1023, %35
	%37 = icmp sge i32 %36, 0
	%38 = icmp sgt i32 %36, 0
	%39 = select i1 %38, i32 %36, i32 0
	%40 = mul i32 %1, 2048
	%41 = add i32 %40, %39
	%42 = sext i32 %41 to i64
	%43 = getelementptr i32, i32* %hist, i64 %42
	%44 = load i32, i32* %43
	%45 = select i1 %37, i32 %44, i32 0
	%46 = add i32 %33, %45
	%47 = mul i32 %0, 4
	%48 = add i32 %47, 2
	%49 = sub i32 1023, %48
	%50 = icmp sge i32 %49, 0
	%51 = icmp sgt i32 %49, 0
	%52 = select i1 %51, i32 %49, i32 0
	%53 = mul i32 %1, 2048
	%54 = add i32 %53, %52
	%55 = sext i32 %54 to i64
	%56 = getelementptr i32, i32* %hist, i64 %55
	%57 = load i32, i32* %56
	%58 = select i1 %50, i32 %57, i32 0
	%59 = add i32 %46, %58
	%60 = mul i32 %0, 4
	%61 = add i32 %60, 3
	%62 = sub i32 1023, %61
	%63 = icmp sge i32 %62, 0
	%64 = icmp sgt i32 %62, 0
	%65 = select i1 %64, i32 %62, i32 0
	%66 = mul i32 %1, 2048
	%67 = add i32 %66, %65
	%68 = sext i32 %67 to i64
	%69 = getelementptr i32, i32* %hist, i64 %68
	%70 = load i32, i32* %69
	%71 = select i1 %63, i32 %70, i32 0
	%72 = add i32 %59, %71
	%73 = and i32 %0, 31
	%74 = lshr i32 %0, 5
	%75 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %72, i32 1, i32 0)
	%76 = icmp uge i32 %73, 1
	%77 = select i1 %76, i32 %75, i32 0
	%78 = add i32 %72, %77
	%79 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %78, i32 2, i32 0)
	%80 = icmp uge i32 %73, 2
	%81 = select i1 %80, i32 %79, i32 0
	%82 = add i32 %78, %81
	%83 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %82, i32 4, i32 0)
	%84 = icmp uge i32 %73, 4
	%85 = select i1 %84, i32 %83, i32 0
	%86 = add i32 %82, %85
	%87 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %86, i32 8, i32 0)
	%88 = icmp uge i32 %73, 8
	%89 = select i1 %88, i32 %87, i32 0
	%90 = add i32 %86, %89
	%91 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %90, i32 16, i32 0)
	%92 = icmp uge i32 %73, 16
	%93 = select i1 %92, i32 %91, i32 0
	%94 = add i32 %90, %93
	%95 = icmp eq i32 %73, 31
	br i1 %95, label %96, label %98

96:
	%97 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 %74
	store i32 %94, i32 addrspace(3)* %97
	br label %98

98:
	call void @llvm.nvvm.barrier0()
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 0
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %74, 0
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 0, %102
	%104 = add i32 0, %100
	%105 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 1
	%106 = load i32, i32 addrspace(3)* %105
	%107 = icmp sgt i32 %74, 1
	%108 = select i1 %107, i32 %106, i32 0
	%109 = add i32 %103, %108
	%110 = add i32 %104, %106
	%111 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 2
	%112 = load i32, i32 addrspace(3)* %111
	%113 = icmp sgt i32 %74, 2
	%114 = select i1 %113, i32 %112, i32 0
	%115 = add i32 %109, %114
	%116 = add i32 %110, %112
	%117 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 3
	%118 = load i32, i32 addrspace(3)* %117
	%119 = icmp sgt i32 %74, 3
	%120 = select i1 %119, i32 %118, i32 0
	%121 = add i32 %115, %120
	%122 = add i32 %116, %118
	%123 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 4
	%124 = load i32, i32 addrspace(3)* %123
	%125 = icmp sgt i32 %74, 4
	%126 = select i1 %125, i32 %124, i32 0
	%127 = add i32 %121, %126
	%128 = add i32 %122, %124
	%129 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 5
	%130 = load i32, i32 addrspace(3)* %129
	%131 = icmp sgt i32 %74, 5
	%132 = select i1 %131, i32 %130, i32 0
	%133 = add i32 %127, %132
	%134 = add i32 %128, %130
	%135 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 6
	%136 = load i32, i32 addrspace(3)* %135
	%137 = icmp sgt i32 %74, 6
	%138 = select i1 %137, i32 %136, i32 0
	%139 = add i32 %133, %138
	%140 = add i32 %134, %136
	%141 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @$K_scana, i32 0, i32 7
	%142 = load i32, i32 addrspace(3)* %141
	%143 = icmp sgt i32 %74, 7
	%144 = select i1 %143, i32 %142, i32 0
	%145 = add i32 %139, %144
	%146 = add i32 %140, %142
	%147 = add i32 %145, %94
	%148 = sub i32 %147, %72
	%149 = icmp slt i32 %148, %15
	%150 = add i32 %148, %32
	%151 = icmp sle i32 %15, %150
	%152 = and i1 %149, %151
	%153 = xor i1 %20, true
	%154 = and i1 %152, %153
	br i1 %154, label %155, label %169

155:
	%156 = shl i32 %23, 0
	%157 = or i32 %7, %156
	%158 = add i32 %2, 0
	%159 = sext i32 %158 to i64
	%160 = getelementptr i32, i32* %state, i64 %159
	store i32 %157, i32* %160
	%161 = or i32 %11, 1023
	%162 = add i32 %2, 1
	%163 = sext i32 %162 to i64
	%164 = getelementptr i32, i32* %state, i64 %163
	store i32 %161, i32* %164
	%165 = sub i32 %15, %148
	%166 = add i32 %2, 2
	%167 = sext i32 %166 to i64
	%168 = getelementptr i32, i32* %state, i64 %167
	store i32 %165, i32* %168
	br label %169

169:
	%170 = add i32 %148, %32
	%171 = icmp slt i32 %170, %15
	%172 = add i32 %170, %45
	%173 = icmp sle i32 %15, %172
	%174 = and i1 %171, %173
	%175 = xor i1 %20, true
	%176 = and i1 %174, %175
	br i1 %176, label %177, label %191

177:
	%178 = shl i32 %36, 0
	%179 = or i32 %7, %178
	%180 = add i32 %2, 0
	%181 = sext i32 %180 to i64
	%182 = getelementptr i32, i32* %state, i64 %181
	store i32 %179, i32* %182
	%183 = or i32 %11, 1023
	%184 = add i32 %2, 1
	%185 = sext i32 %184 to i64
	%186 = getelementptr i32, i32* %state, i64 %185
	store i32 %183, i32* %186
	%187 = sub i32 %15, %170
	%188 = add i32 %2, 2
	%189 = sext i32 %188 to i64
	%190 = getelementptr i32, i32* %state, i64 %189
	store i32 %187, i32* %190
	br label %191

191:
	%192 = add i32 %170, %45
	%193 = icmp slt i32 %192, %15
	%194 = add i32 %192, %58
	%195 = icmp sle i32 %15, %194
	%196 = and i1 %193, %195
	%197 = xor i1 %20, true
	%198 = and i1 %196, %197
	br i1 %198, label %199, label %213

199:
	%200 = shl i32 %49, 0
	%201 = or i32 %7, %200
	%202 = add i32 %2, 0
	%203 = sext i32 %202 to i64
	%204 = getelementptr i32, i32* %state, i64 %203
	store i32 %201, i32* %204
	%205 = or i32 %11, 1023
	%206 = add i32 %2, 1
	%207 = sext i32 %206 to i64
	%208 = getelementptr i32, i32* %state, i64 %207
	store i32 %205, i32* %208
	%209 = sub i32 %15, %192
	%210 = add i32 %2, 2
	%211 = sext i32 %210 to i64
	%212 = getelementptr i32, i32* %state, i64 %211
	store i32 %209, i32* %212
	br label %213

213:
	%214 = add i32 %192, %58
	%215 = icmp slt i32 %214, %15
	%216 = add i32 %214, %71
	%217 = icmp sle i32 %15, %216
	%218 = and i1 %215, %217
	%219 = xor i1 %20, true
	%220 = and i1 %218, %219
	br i1 %220, label %221, label %235

221:
	%222 = shl i32 %62, 0
	%223 = or i32 %7, %222
	%224 = add i32 %2, 0
	%225 = sext i32 %224 to i64
	%226 = getelementptr i32, i32* %state, i64 %225
	store i32 %223, i32* %226
	%227 = or i32 %11, 1023
	%228 = add i32 %2, 1
	%229 = sext i32 %228 to i64
	%230 = getelementptr i32, i32* %state, i64 %229
	store i32 %227, i32* %230
	%231 = sub i32 %15, %214
	%232 = add i32 %2, 2
	%233 = sext i32 %232 to i64
	%234 = getelementptr i32, i32* %state, i64 %233
	store i32 %231, i32* %234
	br label %235

235:
	%236 = add i32 %214, %71
	%237 = icmp sge i32 %23, 0
	br i1 %237, label %238, label %243

238:
	%239 = mul i32 %1, 2048
	%240 = add i32 %239, %23
	%241 = sext i32 %240 to i64
	%242 = getelementptr i32, i32* %hist, i64 %241
	store i32 0, i32* %242
	br label %243

243:
	%244 = icmp sge i32 %36, 0
	br i1 %244, label %245, label %250

245:
	%246 = mul i32 %1, 2048
	%247 = add i32 %246, %36
	%248 = sext i32 %247 to i64
	%249 = getelementptr i32, i32* %hist, i64 %248
	store i32 0, i32* %249
	br label %250

250:
	%251 = icmp sge i32 %49, 0
	br i1 %251, label %252, label %257

252:
	%253 = mul i32 %1, 2048
	%254 = add i32 %253, %49
	%255 = sext i32 %254 to i64
	%256 = getelementptr i32, i32* %hist, i64 %255
	store i32 0, i32* %256
	br label %257

257:
	%258 = icmp sge i32 %62, 0
	br i1 %258, label %259, label %264

259:
	%260 = mul i32 %1, 2048
	%261 = add i32 %260, %62
	%262 = sext i32 %261 to i64
	%263 = getelementptr i32, i32* %hist, i64 %262
	store i32 0, i32* %263
	br label %264

264:
	ret void
}
