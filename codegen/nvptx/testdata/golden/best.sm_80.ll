; best
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

@best_select1_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@best_select1_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@best_select1_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_init_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_init_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_init_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_init_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_init_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_init_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist24_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist24_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist24_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist24_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist24_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist24_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist24_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick24_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick24_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick24_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick24_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick24_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick24_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick24_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist16_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist16_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist16_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist16_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist16_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist16_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist16_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick16_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick16_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick16_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick16_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick16_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick16_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick16_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist8_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist8_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist8_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist8_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist8_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist8_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist8_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick8_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick8_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick8_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick8_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick8_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick8_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick8_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_hist0_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_hist0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_hist0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_hist0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_hist0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_hist0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_pick0_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_pick0_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_pick0_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_pick0_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_pick0_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_pick0_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_ties_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_ties_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_ties_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_ties_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_ties_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_ties_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_scan_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_scan_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_scan_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_scan_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_scan_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_scan_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_select1_take_x = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_c = internal addrspace(3) global [4096 x i32] undef, align 16
@best_select1_take_cmpg = internal addrspace(3) global [128 x i32] undef, align 16
@best_select1_take_cmpt = internal addrspace(3) global [128 x i32] undef, align 16
@best_select1_take_hist = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_take_hist2 = internal addrspace(3) global [256 x i32] undef, align 16
@best_select1_take_red = internal addrspace(3) global [32 x float] undef, align 16
@best_select1_take_scana = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_scanb = internal addrspace(3) global [8 x i32] undef, align 16
@best_select1_take_cnt = internal addrspace(3) global [4 x i32] undef, align 16
@best_select1_take_sel = internal addrspace(3) global [2 x i32] undef, align 16
@best_select1_take_mass = internal addrspace(3) global [1 x double] undef, align 16
@best_scores0_a = internal addrspace(3) global [1088 x float] undef, align 16
@best_scores0_b = internal addrspace(3) global [1088 x float] undef, align 16
@best_attn2_smem = internal addrspace(3) global [16384 x i8] undef, align 1024
@best_attn2_comp_scan = internal addrspace(3) global [8 x i32] undef, align 16

define ptx_kernel void @best_select1(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	%17 = sub i32 %NK, 1
	br label %18

18:
	%19 = phi i32 [ %0, %entry ], [ %223, %221 ]
	%20 = phi float [ 0xFFF0000000000000, %entry ], [ %222, %221 ]
	%21 = icmp slt i32 %19, %16
	br i1 %21, label %22, label %140

22:
	%23 = sub i32 %16, 1
	%24 = add i32 %19, 0
	%25 = icmp slt i32 %24, %16
	%26 = icmp slt i32 %24, %23
	%27 = select i1 %26, i32 %24, i32 %23
	%28 = add i32 %19, 256
	%29 = icmp slt i32 %28, %16
	%30 = icmp slt i32 %28, %23
	%31 = select i1 %30, i32 %28, i32 %23
	%32 = add i32 %19, 512
	%33 = icmp slt i32 %32, %16
	%34 = icmp slt i32 %32, %23
	%35 = select i1 %34, i32 %32, i32 %23
	%36 = add i32 %19, 768
	%37 = icmp slt i32 %36, %16
	%38 = icmp slt i32 %36, %23
	%39 = select i1 %38, i32 %36, i32 %23
	%40 = add i32 %19, 1024
	%41 = icmp slt i32 %40, %16
	%42 = icmp slt i32 %40, %23
	%43 = select i1 %42, i32 %40, i32 %23
	%44 = add i32 %19, 1280
	%45 = icmp slt i32 %44, %16
	%46 = icmp slt i32 %44, %23
	%47 = select i1 %46, i32 %44, i32 %23
	%48 = add i32 %19, 1536
	%49 = icmp slt i32 %48, %16
	%50 = icmp slt i32 %48, %23
	%51 = select i1 %50, i32 %48, i32 %23
	%52 = add i32 %19, 1792
	%53 = icmp slt i32 %52, %16
	%54 = icmp slt i32 %52, %23
	%55 = select i1 %54, i32 %52, i32 %23
	%56 = icmp slt i32 %24, %17
	%57 = select i1 %56, i32 %24, i32 %17
	%58 = add i32 %10, %57
	%59 = sext i32 %58 to i64
	%60 = getelementptr i8, i8* %cls, i64 %59
	%61 = load i8, i8* %60
	%62 = add i32 %11, %57
	%63 = sext i32 %62 to i64
	%64 = getelementptr float, float* %e, i64 %63
	%65 = load float, float* %64
	%66 = icmp slt i32 %28, %17
	%67 = select i1 %66, i32 %28, i32 %17
	%68 = add i32 %10, %67
	%69 = sext i32 %68 to i64
	%70 = getelementptr i8, i8* %cls, i64 %69
	%71 = load i8, i8* %70
	%72 = add i32 %11, %67
	%73 = sext i32 %72 to i64
	%74 = getelementptr float, float* %e, i64 %73
	%75 = load float, float* %74
	%76 = icmp slt i32 %32, %17
	%77 = select i1 %76, i32 %32, i32 %17
	%78 = add i32 %10, %77
	%79 = sext i32 %78 to i64
	%80 = getelementptr i8, i8* %cls, i64 %79
	%81 = load i8, i8* %80
	%82 = add i32 %11, %77
	%83 = sext i32 %82 to i64
	%84 = getelementptr float, float* %e, i64 %83
	%85 = load float, float* %84
	%86 = icmp slt i32 %36, %17
	%87 = select i1 %86, i32 %36, i32 %17
	%88 = add i32 %10, %87
	%89 = sext i32 %88 to i64
	%90 = getelementptr i8, i8* %cls, i64 %89
	%91 = load i8, i8* %90
	%92 = add i32 %11, %87
	%93 = sext i32 %92 to i64
	%94 = getelementptr float, float* %e, i64 %93
	%95 = load float, float* %94
	%96 = icmp slt i32 %40, %17
	%97 = select i1 %96, i32 %40, i32 %17
	%98 = add i32 %10, %97
	%99 = sext i32 %98 to i64
	%100 = getelementptr i8, i8* %cls, i64 %99
	%101 = load i8, i8* %100
	%102 = add i32 %11, %97
	%103 = sext i32 %102 to i64
	%104 = getelementptr float, float* %e, i64 %103
	%105 = load float, float* %104
	%106 = icmp slt i32 %44, %17
	%107 = select i1 %106, i32 %44, i32 %17
	%108 = add i32 %10, %107
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = add i32 %11, %107
	%113 = sext i32 %112 to i64
	%114 = getelementptr float, float* %e, i64 %113
	%115 = load float, float* %114
	%116 = icmp slt i32 %48, %17
	%117 = select i1 %116, i32 %48, i32 %17
	%118 = add i32 %10, %117
	%119 = sext i32 %118 to i64
	%120 = getelementptr i8, i8* %cls, i64 %119
	%121 = load i8, i8* %120
	%122 = add i32 %11, %117
	%123 = sext i32 %122 to i64
	%124 = getelementptr float, float* %e, i64 %123
	%125 = load float, float* %124
	%126 = icmp slt i32 %52, %17
	%127 = select i1 %126, i32 %52, i32 %17
	%128 = add i32 %10, %127
	%129 = sext i32 %128 to i64
	%130 = getelementptr i8, i8* %cls, i64 %129
	%131 = load i8, i8* %130
	%132 = add i32 %11, %127
	%133 = sext i32 %132 to i64
	%134 = getelementptr float, float* %e, i64 %133
	%135 = load float, float* %134
	%136 = icmp slt i32 %24, %NK
	%137 = icmp ne i8 %61, 0
	%138 = and i1 %136, %137
	%139 = select i1 %138, float %65, float 0xFFF0000000000000
	br i1 %25, label %155, label %158

140:
	%141 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %20, i32 16, i32 31)
	%142 = call float @llvm.nvvm.fmax.f(float %20, float %141)
	%143 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %142, i32 8, i32 31)
	%144 = call float @llvm.nvvm.fmax.f(float %142, float %143)
	%145 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %144, i32 4, i32 31)
	%146 = call float @llvm.nvvm.fmax.f(float %144, float %145)
	%147 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %146, i32 2, i32 31)
	%148 = call float @llvm.nvvm.fmax.f(float %146, float %147)
	%149 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %148, i32 1, i32 31)
	%150 = call float @llvm.nvvm.fmax.f(float %148, float %149)
	%151 = lshr i32 %0, 5
	%152 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%153 = icmp eq i32 %152, 0
	%154 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %151
	br i1 %153, label %224, label %225

155:
	%156 = bitcast float %139 to i32
	%157 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %24
	store i32 %156, i32 addrspace(3)* %157
	br label %158

158:
	%159 = call float @llvm.nvvm.fmax.f(float %20, float %139)
	%160 = icmp slt i32 %28, %NK
	%161 = icmp ne i8 %71, 0
	%162 = and i1 %160, %161
	%163 = select i1 %162, float %75, float 0xFFF0000000000000
	br i1 %29, label %164, label %167

164:
	%165 = bitcast float %163 to i32
	%166 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %28
	store i32 %165, i32 addrspace(3)* %166
	br label %167

167:
	%168 = call float @llvm.nvvm.fmax.f(float %159, float %163)
	%169 = icmp slt i32 %32, %NK
	%170 = icmp ne i8 %81, 0
	%171 = and i1 %169, %170
	%172 = select i1 %171, float %85, float 0xFFF0000000000000
	br i1 %33, label %173, label %176

173:
	%174 = bitcast float %172 to i32
	%175 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %32
	store i32 %174, i32 addrspace(3)* %175
	br label %176

176:
	%177 = call float @llvm.nvvm.fmax.f(float %168, float %172)
	%178 = icmp slt i32 %36, %NK
	%179 = icmp ne i8 %91, 0
	%180 = and i1 %178, %179
	%181 = select i1 %180, float %95, float 0xFFF0000000000000
	br i1 %37, label %182, label %185

182:
	%183 = bitcast float %181 to i32
	%184 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %36
	store i32 %183, i32 addrspace(3)* %184
	br label %185

185:
	%186 = call float @llvm.nvvm.fmax.f(float %177, float %181)
	%187 = icmp slt i32 %40, %NK
	%188 = icmp ne i8 %101, 0
	%189 = and i1 %187, %188
	%190 = select i1 %189, float %105, float 0xFFF0000000000000
	br i1 %41, label %191, label %194

191:
	%192 = bitcast float %190 to i32
	%193 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %40
	store i32 %192, i32 addrspace(3)* %193
	br label %194

194:
	%195 = call float @llvm.nvvm.fmax.f(float %186, float %190)
	%196 = icmp slt i32 %44, %NK
	%197 = icmp ne i8 %111, 0
	%198 = and i1 %196, %197
	%199 = select i1 %198, float %115, float 0xFFF0000000000000
	br i1 %45, label %200, label %203

200:
	%201 = bitcast float %199 to i32
	%202 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %44
	store i32 %201, i32 addrspace(3)* %202
	br label %203

203:
	%204 = call float @llvm.nvvm.fmax.f(float %195, float %199)
	%205 = icmp slt i32 %48, %NK
	%206 = icmp ne i8 %121, 0
	%207 = and i1 %205, %206
	%208 = select i1 %207, float %125, float 0xFFF0000000000000
	br i1 %49, label %209, label %212

209:
	%210 = bitcast float %208 to i32
	%211 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %48
	store i32 %210, i32 addrspace(3)* %211
	br label %212

212:
	%213 = call float @llvm.nvvm.fmax.f(float %204, float %208)
	%214 = icmp slt i32 %52, %NK
	%215 = icmp ne i8 %131, 0
	%216 = and i1 %214, %215
	%217 = select i1 %216, float %135, float 0xFFF0000000000000
	br i1 %53, label %218, label %221

218:
	%219 = bitcast float %217 to i32
	%220 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %52
	store i32 %219, i32 addrspace(3)* %220
	br label %221

221:
	%222 = call float @llvm.nvvm.fmax.f(float %213, float %217)
	%223 = add i32 %19, 2048
	br label %18

224:
	store float %150, float addrspace(3)* %154
	br label %225

225:
	call void @llvm.nvvm.barrier0()
	%226 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%227 = load float, float addrspace(3)* %226
	%228 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%229 = load float, float addrspace(3)* %228
	%230 = call float @llvm.nvvm.fmax.f(float %227, float %229)
	%231 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%232 = load float, float addrspace(3)* %231
	%233 = call float @llvm.nvvm.fmax.f(float %230, float %232)
	%234 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%235 = load float, float addrspace(3)* %234
	%236 = call float @llvm.nvvm.fmax.f(float %233, float %235)
	%237 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%238 = load float, float addrspace(3)* %237
	%239 = call float @llvm.nvvm.fmax.f(float %236, float %238)
	%240 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%241 = load float, float addrspace(3)* %240
	%242 = call float @llvm.nvvm.fmax.f(float %239, float %241)
	%243 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%244 = load float, float addrspace(3)* %243
	%245 = call float @llvm.nvvm.fmax.f(float %242, float %244)
	%246 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%247 = load float, float addrspace(3)* %246
	%248 = call float @llvm.nvvm.fmax.f(float %245, float %247)
	%249 = fcmp oeq float %248, 0xFFF0000000000000
	%250 = select i1 %249, float 0.0, float %248
	br label %251

251:
	%252 = phi i32 [ %0, %225 ], [ %267, %255 ]
	%253 = phi float [ 0.0, %225 ], [ %266, %255 ]
	%254 = icmp slt i32 %252, %16
	br i1 %254, label %255, label %268

255:
	%256 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %252
	%257 = load i32, i32 addrspace(3)* %256
	%258 = bitcast i32 %257 to float
	%259 = fcmp one float %258, 0xFFF0000000000000
	%260 = fsub float %258, %250
	%261 = call float @llvm.nvvm.ex2.approx.ftz.f(float %260)
	%262 = select i1 %259, float %261, float -1.0
	%263 = bitcast float %262 to i32
	%264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %252
	store i32 %263, i32 addrspace(3)* %264
	%265 = select i1 %259, float %261, float 0.0
	%266 = fadd float %253, %265
	%267 = add i32 %252, 256
	br label %251

268:
	%269 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %253, i32 16, i32 31)
	%270 = fadd float %253, %269
	%271 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %270, i32 8, i32 31)
	%272 = fadd float %270, %271
	%273 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %272, i32 4, i32 31)
	%274 = fadd float %272, %273
	%275 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %274, i32 2, i32 31)
	%276 = fadd float %274, %275
	%277 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %276, i32 1, i32 31)
	%278 = fadd float %276, %277
	%279 = lshr i32 %0, 5
	%280 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%281 = icmp eq i32 %280, 0
	%282 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %279
	br i1 %281, label %283, label %284

283:
	store float %278, float addrspace(3)* %282
	br label %284

284:
	call void @llvm.nvvm.barrier0()
	%285 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%286 = load float, float addrspace(3)* %285
	%287 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%288 = load float, float addrspace(3)* %287
	%289 = fadd float %286, %288
	%290 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%291 = load float, float addrspace(3)* %290
	%292 = fadd float %289, %291
	%293 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%294 = load float, float addrspace(3)* %293
	%295 = fadd float %292, %294
	%296 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%297 = load float, float addrspace(3)* %296
	%298 = fadd float %295, %297
	%299 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%300 = load float, float addrspace(3)* %299
	%301 = fadd float %298, %300
	%302 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%303 = load float, float addrspace(3)* %302
	%304 = fadd float %301, %303
	%305 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%306 = load float, float addrspace(3)* %305
	%307 = fadd float %304, %306
	%308 = fdiv float 1.0, %307
	%309 = mul i32 %1, 64
	%310 = add i32 %309, %off
	%311 = add i32 %1, 1
	%312 = mul i32 %311, 64
	%313 = icmp slt i32 %312, %M
	%314 = select i1 %313, i32 %312, i32 %M
	%315 = sub i32 %314, 1
	%316 = add i32 %315, %off
	%317 = icmp slt i32 %310, 0
	%318 = sub i32 0, %310
	%319 = sub i32 64, 1
	%320 = add i32 %318, %319
	%321 = sdiv i32 %320, 64
	%322 = sub i32 0, %321
	%323 = sdiv i32 %310, 64
	%324 = select i1 %317, i32 %322, i32 %323
	%325 = icmp slt i32 %316, 0
	%326 = sub i32 0, %316
	%327 = sub i32 64, 1
	%328 = add i32 %326, %327
	%329 = sdiv i32 %328, 64
	%330 = sub i32 0, %329
	%331 = sdiv i32 %316, 64
	%332 = select i1 %325, i32 %330, i32 %331
	br label %333

333:
	%334 = phi i32 [ %0, %284 ], [ %378, %364 ]
	%335 = phi float [ 0.0, %284 ], [ %377, %364 ]
	%336 = icmp slt i32 %334, %16
	br i1 %336, label %337, label %345

337:
	%338 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %334
	%339 = load i32, i32 addrspace(3)* %338
	%340 = bitcast i32 %339 to float
	%341 = fcmp oge float %340, 0.0
	%342 = fmul float %340, %308
	%343 = select i1 %341, float %342, float -1.0
	%344 = icmp slt i32 %334, %NK
	br i1 %344, label %360, label %364

345:
	%346 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %335, i32 16, i32 31)
	%347 = fadd float %335, %346
	%348 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %347, i32 8, i32 31)
	%349 = fadd float %347, %348
	%350 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %349, i32 4, i32 31)
	%351 = fadd float %349, %350
	%352 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %351, i32 2, i32 31)
	%353 = fadd float %351, %352
	%354 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %353, i32 1, i32 31)
	%355 = fadd float %353, %354
	%356 = lshr i32 %0, 5
	%357 = and i32 %0, 31
	call void @llvm.nvvm.barrier0()
	%358 = icmp eq i32 %357, 0
	%359 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 %356
	br i1 %358, label %379, label %380

360:
	%361 = add i32 %11, %334
	%362 = sext i32 %361 to i64
	%363 = getelementptr float, float* %e, i64 %362
	store float %343, float* %363
	br label %364

364:
	%365 = icmp sge i32 %334, %324
	%366 = icmp sle i32 %334, %332
	%367 = and i1 %365, %366
	%368 = or i1 false, %367
	%369 = icmp eq i32 %334, 0
	%370 = or i1 %368, %369
	%371 = bitcast float %343 to i32
	%372 = add i32 %371, 2
	%373 = select i1 %370, i32 1, i32 %372
	%374 = select i1 %341, i32 %373, i32 0
	%375 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %334
	store i32 %374, i32 addrspace(3)* %375
	%376 = uitofp i1 %341 to float
	%377 = fadd float %335, %376
	%378 = add i32 %334, 256
	br label %333

379:
	store float %355, float addrspace(3)* %359
	br label %380

380:
	call void @llvm.nvvm.barrier0()
	%381 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 0
	%382 = load float, float addrspace(3)* %381
	%383 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 1
	%384 = load float, float addrspace(3)* %383
	%385 = fadd float %382, %384
	%386 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 2
	%387 = load float, float addrspace(3)* %386
	%388 = fadd float %385, %387
	%389 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 3
	%390 = load float, float addrspace(3)* %389
	%391 = fadd float %388, %390
	%392 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 4
	%393 = load float, float addrspace(3)* %392
	%394 = fadd float %391, %393
	%395 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 5
	%396 = load float, float addrspace(3)* %395
	%397 = fadd float %394, %396
	%398 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 6
	%399 = load float, float addrspace(3)* %398
	%400 = fadd float %397, %399
	%401 = getelementptr [32 x float], [32 x float] addrspace(3)* @best_select1_red, i32 0, i32 7
	%402 = load float, float addrspace(3)* %401
	%403 = fadd float %400, %402
	%404 = fptosi float %403 to i32
	%405 = icmp eq i32 %0, 0
	br i1 %405, label %406, label %410

406:
	%407 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 0
	%408 = load i32, i32 addrspace(3)* %407
	%409 = icmp eq i32 %408, 1
	br i1 %409, label %417, label %425

410:
	call void @llvm.nvvm.barrier0()
	%411 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @best_select1_cnt, i32 0, i32 0
	%412 = load i32, i32 addrspace(3)* %411
	%413 = sub i32 %404, %412
	%414 = mul i32 %2, %NQ
	%415 = add i32 %414, %1
	%416 = icmp eq i32 %0, 0
	br i1 %416, label %471, label %479

417:
	%418 = add i32 %13, 0
	%419 = sext i32 %418 to i64
	%420 = getelementptr i32, i32* %list, i64 %419
	store i32 0, i32* %420
	%421 = add i32 %13, %NK
	%422 = add i32 %421, 0
	%423 = sext i32 %422 to i64
	%424 = getelementptr i32, i32* %list, i64 %423
	store i32 1, i32* %424
	br label %425

425:
	%426 = add i32 %11, 0
	%427 = sext i32 %426 to i64
	%428 = getelementptr float, float* %e, i64 %427
	%429 = load float, float* %428
	%430 = add i32 0, 1
	%431 = select i1 %409, i32 %430, i32 0
	%432 = fpext float %429 to double
	%433 = fadd double 0.0, %432
	%434 = select i1 %409, double %433, double 0.0
	%435 = icmp sgt i32 %324, 1
	%436 = select i1 %435, i32 %324, i32 1
	%437 = add i32 %332, 1
	%438 = icmp slt i32 %437, %NK
	%439 = select i1 %438, i32 %437, i32 %NK
	br label %440

440:
	%441 = phi i32 [ %436, %425 ], [ %470, %460 ]
	%442 = phi i32 [ %431, %425 ], [ %466, %460 ]
	%443 = phi double [ %434, %425 ], [ %469, %460 ]
	%444 = icmp slt i32 %441, %439
	br i1 %444, label %445, label %449

445:
	%446 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_x, i32 0, i32 %441
	%447 = load i32, i32 addrspace(3)* %446
	%448 = icmp eq i32 %447, 1
	br i1 %448, label %452, label %460

449:
	%450 = getelementptr [4 x i32], [4 x i32] addrspace(3)* @best_select1_cnt, i32 0, i32 0
	store i32 %442, i32 addrspace(3)* %450
	%451 = getelementptr [1 x double], [1 x double] addrspace(3)* @best_select1_mass, i32 0, i32 0
	store double %443, double addrspace(3)* %451
	br label %410

452:
	%453 = add i32 %13, %442
	%454 = sext i32 %453 to i64
	%455 = getelementptr i32, i32* %list, i64 %454
	store i32 %441, i32* %455
	%456 = add i32 %13, %NK
	%457 = add i32 %456, %442
	%458 = sext i32 %457 to i64
	%459 = getelementptr i32, i32* %list, i64 %458
	store i32 1, i32* %459
	br label %460

460:
	%461 = add i32 %11, %441
	%462 = sext i32 %461 to i64
	%463 = getelementptr float, float* %e, i64 %462
	%464 = load float, float* %463
	%465 = add i32 %442, 1
	%466 = select i1 %448, i32 %465, i32 %442
	%467 = fpext float %464 to double
	%468 = fadd double %443, %467
	%469 = select i1 %448, double %468, double %443
	%470 = add i32 %441, 1
	br label %440

471:
	%472 = mul i32 %415, 2
	%473 = sext i32 %472 to i64
	%474 = getelementptr i32, i32* %cnt, i64 %473
	store i32 %404, i32* %474
	%475 = mul i32 %415, 2
	%476 = add i32 %475, 1
	%477 = sext i32 %476 to i64
	%478 = getelementptr i32, i32* %cnt, i64 %477
	store i32 %412, i32* %478
	br label %479

479:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()

declare float @llvm.nvvm.fmax.f(float %p0, float %p1)

declare float @llvm.nvvm.shfl.sync.bfly.f32(i32 %p0, float %p1, i32 %p2, i32 %p3)

declare void @llvm.nvvm.barrier0()

declare float @llvm.nvvm.ex2.approx.ftz.f(float %p0)

define ptx_kernel void @best_select1_init(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	br label %8

8:
	%9 = phi i32 [ %0, %entry ], [ %25, %13 ]
	%10 = phi i32 [ 0, %entry ], [ %19, %13 ]
	%11 = phi i32 [ 0, %entry ], [ %24, %13 ]
	%12 = icmp slt i32 %9, %R
	br i1 %12, label %13, label %26

13:
	%14 = add i32 %7, %9
	%15 = mul i32 %14, 2
	%16 = sext i32 %15 to i64
	%17 = getelementptr i32, i32* %cnt, i64 %16
	%18 = load i32, i32* %17
	%19 = add i32 %10, %18
	%20 = add i32 %15, 1
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %cnt, i64 %21
	%23 = load i32, i32* %22
	%24 = add i32 %11, %23
	%25 = add i32 %9, 256
	br label %8

26:
	%27 = and i32 %0, 31
	%28 = lshr i32 %0, 5
	%29 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %10, i32 1, i32 0)
	%30 = icmp uge i32 %27, 1
	%31 = select i1 %30, i32 %29, i32 0
	%32 = add i32 %10, %31
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %32, i32 2, i32 0)
	%34 = icmp uge i32 %27, 2
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %32, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 4, i32 0)
	%38 = icmp uge i32 %27, 4
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 8, i32 0)
	%42 = icmp uge i32 %27, 8
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 16, i32 0)
	%46 = icmp uge i32 %27, 16
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = icmp eq i32 %27, 31
	br i1 %49, label %50, label %52

50:
	%51 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 %28
	store i32 %48, i32 addrspace(3)* %51
	br label %52

52:
	call void @llvm.nvvm.barrier0()
	%53 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 0
	%54 = load i32, i32 addrspace(3)* %53
	%55 = icmp sgt i32 %28, 0
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 0, %56
	%58 = add i32 0, %54
	%59 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 1
	%60 = load i32, i32 addrspace(3)* %59
	%61 = icmp sgt i32 %28, 1
	%62 = select i1 %61, i32 %60, i32 0
	%63 = add i32 %57, %62
	%64 = add i32 %58, %60
	%65 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 2
	%66 = load i32, i32 addrspace(3)* %65
	%67 = icmp sgt i32 %28, 2
	%68 = select i1 %67, i32 %66, i32 0
	%69 = add i32 %63, %68
	%70 = add i32 %64, %66
	%71 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 3
	%72 = load i32, i32 addrspace(3)* %71
	%73 = icmp sgt i32 %28, 3
	%74 = select i1 %73, i32 %72, i32 0
	%75 = add i32 %69, %74
	%76 = add i32 %70, %72
	%77 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 4
	%78 = load i32, i32 addrspace(3)* %77
	%79 = icmp sgt i32 %28, 4
	%80 = select i1 %79, i32 %78, i32 0
	%81 = add i32 %75, %80
	%82 = add i32 %76, %78
	%83 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 5
	%84 = load i32, i32 addrspace(3)* %83
	%85 = icmp sgt i32 %28, 5
	%86 = select i1 %85, i32 %84, i32 0
	%87 = add i32 %81, %86
	%88 = add i32 %82, %84
	%89 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 6
	%90 = load i32, i32 addrspace(3)* %89
	%91 = icmp sgt i32 %28, 6
	%92 = select i1 %91, i32 %90, i32 0
	%93 = add i32 %87, %92
	%94 = add i32 %88, %90
	%95 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scana, i32 0, i32 7
	%96 = load i32, i32 addrspace(3)* %95
	%97 = icmp sgt i32 %28, 7
	%98 = select i1 %97, i32 %96, i32 0
	%99 = add i32 %93, %98
	%100 = add i32 %94, %96
	%101 = add i32 %99, %48
	%102 = sub i32 %101, %10
	%103 = and i32 %0, 31
	%104 = lshr i32 %0, 5
	%105 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %11, i32 1, i32 0)
	%106 = icmp uge i32 %103, 1
	%107 = select i1 %106, i32 %105, i32 0
	%108 = add i32 %11, %107
	%109 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %108, i32 2, i32 0)
	%110 = icmp uge i32 %103, 2
	%111 = select i1 %110, i32 %109, i32 0
	%112 = add i32 %108, %111
	%113 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %112, i32 4, i32 0)
	%114 = icmp uge i32 %103, 4
	%115 = select i1 %114, i32 %113, i32 0
	%116 = add i32 %112, %115
	%117 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %116, i32 8, i32 0)
	%118 = icmp uge i32 %103, 8
	%119 = select i1 %118, i32 %117, i32 0
	%120 = add i32 %116, %119
	%121 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %120, i32 16, i32 0)
	%122 = icmp uge i32 %103, 16
	%123 = select i1 %122, i32 %121, i32 0
	%124 = add i32 %120, %123
	%125 = icmp eq i32 %103, 31
	br i1 %125, label %126, label %128

126:
	%127 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 %104
	store i32 %124, i32 addrspace(3)* %127
	br label %128

128:
	call void @llvm.nvvm.barrier0()
	%129 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 0
	%130 = load i32, i32 addrspace(3)* %129
	%131 = icmp sgt i32 %104, 0
	%132 = select i1 %131, i32 %130, i32 0
	%133 = add i32 0, %132
	%134 = add i32 0, %130
	%135 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 1
	%136 = load i32, i32 addrspace(3)* %135
	%137 = icmp sgt i32 %104, 1
	%138 = select i1 %137, i32 %136, i32 0
	%139 = add i32 %133, %138
	%140 = add i32 %134, %136
	%141 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 2
	%142 = load i32, i32 addrspace(3)* %141
	%143 = icmp sgt i32 %104, 2
	%144 = select i1 %143, i32 %142, i32 0
	%145 = add i32 %139, %144
	%146 = add i32 %140, %142
	%147 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 3
	%148 = load i32, i32 addrspace(3)* %147
	%149 = icmp sgt i32 %104, 3
	%150 = select i1 %149, i32 %148, i32 0
	%151 = add i32 %145, %150
	%152 = add i32 %146, %148
	%153 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 4
	%154 = load i32, i32 addrspace(3)* %153
	%155 = icmp sgt i32 %104, 4
	%156 = select i1 %155, i32 %154, i32 0
	%157 = add i32 %151, %156
	%158 = add i32 %152, %154
	%159 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 5
	%160 = load i32, i32 addrspace(3)* %159
	%161 = icmp sgt i32 %104, 5
	%162 = select i1 %161, i32 %160, i32 0
	%163 = add i32 %157, %162
	%164 = add i32 %158, %160
	%165 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 6
	%166 = load i32, i32 addrspace(3)* %165
	%167 = icmp sgt i32 %104, 6
	%168 = select i1 %167, i32 %166, i32 0
	%169 = add i32 %163, %168
	%170 = add i32 %164, %166
	%171 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_init_scanb, i32 0, i32 7
	%172 = load i32, i32 addrspace(3)* %171
	%173 = icmp sgt i32 %104, 7
	%174 = select i1 %173, i32 %172, i32 0
	%175 = add i32 %169, %174
	%176 = add i32 %170, %172
	%177 = add i32 %175, %124
	%178 = sub i32 %177, %11
	%179 = sitofp i32 %100 to double
	%180 = fmul double 0x3FB7CED916872B02, %179
	%181 = fsub double %180, 0x3E112E0BE826D695
	%182 = call double @llvm.ceil.f64(double %181)
	%183 = fptosi double %182 to i32
	%184 = sub i32 %183, %176
	%185 = sub i32 %100, %176
	%186 = icmp slt i32 %184, %185
	%187 = select i1 %186, i32 %184, i32 %185
	%188 = icmp sgt i32 %187, 0
	%189 = select i1 %188, i32 %187, i32 0
	%190 = icmp eq i32 %189, 0
	%191 = icmp eq i32 %0, 0
	br i1 %191, label %192, label %207

192:
	%193 = select i1 %190, i32 -1, i32 0
	%194 = add i32 %2, 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i32, i32* %state, i64 %195
	store i32 %193, i32* %196
	%197 = add i32 %2, 1
	%198 = sext i32 %197 to i64
	%199 = getelementptr i32, i32* %state, i64 %198
	store i32 %193, i32* %199
	%200 = add i32 %2, 2
	%201 = sext i32 %200 to i64
	%202 = getelementptr i32, i32* %state, i64 %201
	store i32 %189, i32* %202
	%203 = zext i1 %190 to i32
	%204 = add i32 %2, 3
	%205 = sext i32 %204 to i64
	%206 = getelementptr i32, i32* %state, i64 %205
	store i32 %203, i32* %206
	br label %207

207:
	store i32 0, i32* %6
	ret void
}

declare i32 @llvm.nvvm.shfl.sync.up.i32(i32 %p0, i32 %p1, i32 %p2, i32 %p3)

declare double @llvm.ceil.f64(double %p0)

define ptx_kernel void @best_select1_hist24(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = add i32 %21, %off
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = icmp slt i32 %24, %M
	%26 = select i1 %25, i32 %24, i32 %M
	%27 = sub i32 %26, 1
	%28 = add i32 %27, %off
	%29 = icmp slt i32 %22, 0
	%30 = sub i32 0, %22
	%31 = sub i32 64, 1
	%32 = add i32 %30, %31
	%33 = sdiv i32 %32, 64
	%34 = sub i32 0, %33
	%35 = sdiv i32 %22, 64
	%36 = select i1 %29, i32 %34, i32 %35
	%37 = icmp slt i32 %28, 0
	%38 = sub i32 0, %28
	%39 = sub i32 64, 1
	%40 = add i32 %38, %39
	%41 = sdiv i32 %40, 64
	%42 = sub i32 0, %41
	%43 = sdiv i32 %28, 64
	%44 = select i1 %37, i32 %42, i32 %43
	%45 = icmp slt i32 %17, %NQ
	br i1 %45, label %46, label %47

46:
	br label %78

47:
	%48 = mul i32 %1, 8
	%49 = add i32 %48, 1
	%50 = mul i32 %2, %NQ
	%51 = add i32 %50, %49
	%52 = mul i32 %51, %NK
	%53 = mul i32 %49, 64
	%54 = add i32 %53, %off
	%55 = add i32 %49, 1
	%56 = mul i32 %55, 64
	%57 = icmp slt i32 %56, %M
	%58 = select i1 %57, i32 %56, i32 %M
	%59 = sub i32 %58, 1
	%60 = add i32 %59, %off
	%61 = icmp slt i32 %54, 0
	%62 = sub i32 0, %54
	%63 = sub i32 64, 1
	%64 = add i32 %62, %63
	%65 = sdiv i32 %64, 64
	%66 = sub i32 0, %65
	%67 = sdiv i32 %54, 64
	%68 = select i1 %61, i32 %66, i32 %67
	%69 = icmp slt i32 %60, 0
	%70 = sub i32 0, %60
	%71 = sub i32 64, 1
	%72 = add i32 %70, %71
	%73 = sdiv i32 %72, 64
	%74 = sub i32 0, %73
	%75 = sdiv i32 %60, 64
	%76 = select i1 %69, i32 %74, i32 %75
	%77 = icmp slt i32 %49, %NQ
	br i1 %77, label %415, label %416

78:
	%79 = phi i32 [ %0, %46 ], [ %414, %413 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %413 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %282

82:
	%83 = sub i32 %15, 1
	%84 = add i32 %79, 0
	%85 = icmp slt i32 %84, %15
	%86 = icmp slt i32 %84, %83
	%87 = select i1 %86, i32 %84, i32 %83
	%88 = add i32 %79, 256
	%89 = icmp slt i32 %88, %15
	%90 = icmp slt i32 %88, %83
	%91 = select i1 %90, i32 %88, i32 %83
	%92 = add i32 %79, 512
	%93 = icmp slt i32 %92, %15
	%94 = icmp slt i32 %92, %83
	%95 = select i1 %94, i32 %92, i32 %83
	%96 = add i32 %79, 768
	%97 = icmp slt i32 %96, %15
	%98 = icmp slt i32 %96, %83
	%99 = select i1 %98, i32 %96, i32 %83
	%100 = add i32 %79, 1024
	%101 = icmp slt i32 %100, %15
	%102 = icmp slt i32 %100, %83
	%103 = select i1 %102, i32 %100, i32 %83
	%104 = add i32 %79, 1280
	%105 = icmp slt i32 %104, %15
	%106 = icmp slt i32 %104, %83
	%107 = select i1 %106, i32 %104, i32 %83
	%108 = add i32 %79, 1536
	%109 = icmp slt i32 %108, %15
	%110 = icmp slt i32 %108, %83
	%111 = select i1 %110, i32 %108, i32 %83
	%112 = add i32 %79, 1792
	%113 = icmp slt i32 %112, %15
	%114 = icmp slt i32 %112, %83
	%115 = select i1 %114, i32 %112, i32 %83
	%116 = sub i32 %NK, 1
	%117 = icmp slt i32 %84, %116
	%118 = select i1 %117, i32 %84, i32 %116
	%119 = add i32 %20, %118
	%120 = sext i32 %119 to i64
	%121 = getelementptr float, float* %e, i64 %120
	%122 = load float, float* %121
	%123 = icmp slt i32 %88, %116
	%124 = select i1 %123, i32 %88, i32 %116
	%125 = add i32 %20, %124
	%126 = sext i32 %125 to i64
	%127 = getelementptr float, float* %e, i64 %126
	%128 = load float, float* %127
	%129 = icmp slt i32 %92, %116
	%130 = select i1 %129, i32 %92, i32 %116
	%131 = add i32 %20, %130
	%132 = sext i32 %131 to i64
	%133 = getelementptr float, float* %e, i64 %132
	%134 = load float, float* %133
	%135 = icmp slt i32 %96, %116
	%136 = select i1 %135, i32 %96, i32 %116
	%137 = add i32 %20, %136
	%138 = sext i32 %137 to i64
	%139 = getelementptr float, float* %e, i64 %138
	%140 = load float, float* %139
	%141 = icmp slt i32 %100, %116
	%142 = select i1 %141, i32 %100, i32 %116
	%143 = add i32 %20, %142
	%144 = sext i32 %143 to i64
	%145 = getelementptr float, float* %e, i64 %144
	%146 = load float, float* %145
	%147 = icmp slt i32 %104, %116
	%148 = select i1 %147, i32 %104, i32 %116
	%149 = add i32 %20, %148
	%150 = sext i32 %149 to i64
	%151 = getelementptr float, float* %e, i64 %150
	%152 = load float, float* %151
	%153 = icmp slt i32 %108, %116
	%154 = select i1 %153, i32 %108, i32 %116
	%155 = add i32 %20, %154
	%156 = sext i32 %155 to i64
	%157 = getelementptr float, float* %e, i64 %156
	%158 = load float, float* %157
	%159 = icmp slt i32 %112, %116
	%160 = select i1 %159, i32 %112, i32 %116
	%161 = add i32 %20, %160
	%162 = sext i32 %161 to i64
	%163 = getelementptr float, float* %e, i64 %162
	%164 = load float, float* %163
	%165 = icmp slt i32 %84, %NK
	%166 = fcmp oge float %122, 0.0
	%167 = and i1 %165, %166
	%168 = icmp sge i32 %84, %36
	%169 = icmp sle i32 %84, %44
	%170 = and i1 %168, %169
	%171 = or i1 false, %170
	%172 = icmp eq i32 %84, 0
	%173 = or i1 %171, %172
	%174 = bitcast float %122 to i32
	%175 = add i32 %174, 2
	%176 = select i1 %173, i32 1, i32 %175
	%177 = select i1 %167, i32 %176, i32 0
	%178 = icmp slt i32 %88, %NK
	%179 = fcmp oge float %128, 0.0
	%180 = and i1 %178, %179
	%181 = icmp sge i32 %88, %36
	%182 = icmp sle i32 %88, %44
	%183 = and i1 %181, %182
	%184 = or i1 false, %183
	%185 = icmp eq i32 %88, 0
	%186 = or i1 %184, %185
	%187 = bitcast float %128 to i32
	%188 = add i32 %187, 2
	%189 = select i1 %186, i32 1, i32 %188
	%190 = select i1 %180, i32 %189, i32 0
	%191 = icmp slt i32 %92, %NK
	%192 = fcmp oge float %134, 0.0
	%193 = and i1 %191, %192
	%194 = icmp sge i32 %92, %36
	%195 = icmp sle i32 %92, %44
	%196 = and i1 %194, %195
	%197 = or i1 false, %196
	%198 = icmp eq i32 %92, 0
	%199 = or i1 %197, %198
	%200 = bitcast float %134 to i32
	%201 = add i32 %200, 2
	%202 = select i1 %199, i32 1, i32 %201
	%203 = select i1 %193, i32 %202, i32 0
	%204 = icmp slt i32 %96, %NK
	%205 = fcmp oge float %140, 0.0
	%206 = and i1 %204, %205
	%207 = icmp sge i32 %96, %36
	%208 = icmp sle i32 %96, %44
	%209 = and i1 %207, %208
	%210 = or i1 false, %209
	%211 = icmp eq i32 %96, 0
	%212 = or i1 %210, %211
	%213 = bitcast float %140 to i32
	%214 = add i32 %213, 2
	%215 = select i1 %212, i32 1, i32 %214
	%216 = select i1 %206, i32 %215, i32 0
	%217 = icmp slt i32 %100, %NK
	%218 = fcmp oge float %146, 0.0
	%219 = and i1 %217, %218
	%220 = icmp sge i32 %100, %36
	%221 = icmp sle i32 %100, %44
	%222 = and i1 %220, %221
	%223 = or i1 false, %222
	%224 = icmp eq i32 %100, 0
	%225 = or i1 %223, %224
	%226 = bitcast float %146 to i32
	%227 = add i32 %226, 2
	%228 = select i1 %225, i32 1, i32 %227
	%229 = select i1 %219, i32 %228, i32 0
	%230 = icmp slt i32 %104, %NK
	%231 = fcmp oge float %152, 0.0
	%232 = and i1 %230, %231
	%233 = icmp sge i32 %104, %36
	%234 = icmp sle i32 %104, %44
	%235 = and i1 %233, %234
	%236 = or i1 false, %235
	%237 = icmp eq i32 %104, 0
	%238 = or i1 %236, %237
	%239 = bitcast float %152 to i32
	%240 = add i32 %239, 2
	%241 = select i1 %238, i32 1, i32 %240
	%242 = select i1 %232, i32 %241, i32 0
	%243 = icmp slt i32 %108, %NK
	%244 = fcmp oge float %158, 0.0
	%245 = and i1 %243, %244
	%246 = icmp sge i32 %108, %36
	%247 = icmp sle i32 %108, %44
	%248 = and i1 %246, %247
	%249 = or i1 false, %248
	%250 = icmp eq i32 %108, 0
	%251 = or i1 %249, %250
	%252 = bitcast float %158 to i32
	%253 = add i32 %252, 2
	%254 = select i1 %251, i32 1, i32 %253
	%255 = select i1 %245, i32 %254, i32 0
	%256 = icmp slt i32 %112, %NK
	%257 = fcmp oge float %164, 0.0
	%258 = and i1 %256, %257
	%259 = icmp sge i32 %112, %36
	%260 = icmp sle i32 %112, %44
	%261 = and i1 %259, %260
	%262 = or i1 false, %261
	%263 = icmp eq i32 %112, 0
	%264 = or i1 %262, %263
	%265 = bitcast float %164 to i32
	%266 = add i32 %265, 2
	%267 = select i1 %264, i32 1, i32 %266
	%268 = select i1 %258, i32 %267, i32 0
	%269 = icmp uge i32 %177, 2
	%270 = and i32 %177, %11
	%271 = icmp eq i32 %270, %7
	%272 = and i1 %269, %271
	%273 = lshr i32 %177, 24
	%274 = and i32 %273, 255
	%275 = select i1 %272, i32 %274, i32 256
	%276 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %275)
	%277 = shl i32 1, %3
	%278 = sub i32 %277, 1
	%279 = and i32 %276, %278
	%280 = icmp eq i32 %279, 0
	%281 = and i1 %272, %280
	br i1 %281, label %283, label %287

282:
	br label %47

283:
	%284 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %274
	%285 = call i32 @llvm.ctpop.i32(i32 %276)
	%286 = atomicrmw add i32 addrspace(3)* %284, i32 %285 monotonic
	br label %287

287:
	%288 = icmp uge i32 %190, 2
	%289 = and i32 %190, %11
	%290 = icmp eq i32 %289, %7
	%291 = and i1 %288, %290
	%292 = lshr i32 %190, 24
	%293 = and i32 %292, 255
	%294 = select i1 %291, i32 %293, i32 256
	%295 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %294)
	%296 = shl i32 1, %3
	%297 = sub i32 %296, 1
	%298 = and i32 %295, %297
	%299 = icmp eq i32 %298, 0
	%300 = and i1 %291, %299
	br i1 %300, label %301, label %305

301:
	%302 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %293
	%303 = call i32 @llvm.ctpop.i32(i32 %295)
	%304 = atomicrmw add i32 addrspace(3)* %302, i32 %303 monotonic
	br label %305

305:
	%306 = icmp uge i32 %203, 2
	%307 = and i32 %203, %11
	%308 = icmp eq i32 %307, %7
	%309 = and i1 %306, %308
	%310 = lshr i32 %203, 24
	%311 = and i32 %310, 255
	%312 = select i1 %309, i32 %311, i32 256
	%313 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %312)
	%314 = shl i32 1, %3
	%315 = sub i32 %314, 1
	%316 = and i32 %313, %315
	%317 = icmp eq i32 %316, 0
	%318 = and i1 %309, %317
	br i1 %318, label %319, label %323

319:
	%320 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %311
	%321 = call i32 @llvm.ctpop.i32(i32 %313)
	%322 = atomicrmw add i32 addrspace(3)* %320, i32 %321 monotonic
	br label %323

323:
	%324 = icmp uge i32 %216, 2
	%325 = and i32 %216, %11
	%326 = icmp eq i32 %325, %7
	%327 = and i1 %324, %326
	%328 = lshr i32 %216, 24
	%329 = and i32 %328, 255
	%330 = select i1 %327, i32 %329, i32 256
	%331 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %330)
	%332 = shl i32 1, %3
	%333 = sub i32 %332, 1
	%334 = and i32 %331, %333
	%335 = icmp eq i32 %334, 0
	%336 = and i1 %327, %335
	br i1 %336, label %337, label %341

337:
	%338 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %329
	%339 = call i32 @llvm.ctpop.i32(i32 %331)
	%340 = atomicrmw add i32 addrspace(3)* %338, i32 %339 monotonic
	br label %341

341:
	%342 = icmp uge i32 %229, 2
	%343 = and i32 %229, %11
	%344 = icmp eq i32 %343, %7
	%345 = and i1 %342, %344
	%346 = lshr i32 %229, 24
	%347 = and i32 %346, 255
	%348 = select i1 %345, i32 %347, i32 256
	%349 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %348)
	%350 = shl i32 1, %3
	%351 = sub i32 %350, 1
	%352 = and i32 %349, %351
	%353 = icmp eq i32 %352, 0
	%354 = and i1 %345, %353
	br i1 %354, label %355, label %359

355:
	%356 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %347
	%357 = call i32 @llvm.ctpop.i32(i32 %349)
	%358 = atomicrmw add i32 addrspace(3)* %356, i32 %357 monotonic
	br label %359

359:
	%360 = icmp uge i32 %242, 2
	%361 = and i32 %242, %11
	%362 = icmp eq i32 %361, %7
	%363 = and i1 %360, %362
	%364 = lshr i32 %242, 24
	%365 = and i32 %364, 255
	%366 = select i1 %363, i32 %365, i32 256
	%367 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %366)
	%368 = shl i32 1, %3
	%369 = sub i32 %368, 1
	%370 = and i32 %367, %369
	%371 = icmp eq i32 %370, 0
	%372 = and i1 %363, %371
	br i1 %372, label %373, label %377

373:
	%374 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %365
	%375 = call i32 @llvm.ctpop.i32(i32 %367)
	%376 = atomicrmw add i32 addrspace(3)* %374, i32 %375 monotonic
	br label %377

377:
	%378 = icmp uge i32 %255, 2
	%379 = and i32 %255, %11
	%380 = icmp eq i32 %379, %7
	%381 = and i1 %378, %380
	%382 = lshr i32 %255, 24
	%383 = and i32 %382, 255
	%384 = select i1 %381, i32 %383, i32 256
	%385 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %384)
	%386 = shl i32 1, %3
	%387 = sub i32 %386, 1
	%388 = and i32 %385, %387
	%389 = icmp eq i32 %388, 0
	%390 = and i1 %381, %389
	br i1 %390, label %391, label %395

391:
	%392 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %383
	%393 = call i32 @llvm.ctpop.i32(i32 %385)
	%394 = atomicrmw add i32 addrspace(3)* %392, i32 %393 monotonic
	br label %395

395:
	%396 = icmp uge i32 %268, 2
	%397 = and i32 %268, %11
	%398 = icmp eq i32 %397, %7
	%399 = and i1 %396, %398
	%400 = lshr i32 %268, 24
	%401 = and i32 %400, 255
	%402 = select i1 %399, i32 %401, i32 256
	%403 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %402)
	%404 = shl i32 1, %3
	%405 = sub i32 %404, 1
	%406 = and i32 %403, %405
	%407 = icmp eq i32 %406, 0
	%408 = and i1 %399, %407
	br i1 %408, label %409, label %413

409:
	%410 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %401
	%411 = call i32 @llvm.ctpop.i32(i32 %403)
	%412 = atomicrmw add i32 addrspace(3)* %410, i32 %411 monotonic
	br label %413

413:
	%414 = add i32 %79, 2048
	br label %78

415:
	br label %447

416:
	%417 = mul i32 %1, 8
	%418 = add i32 %417, 2
	%419 = mul i32 %2, %NQ
	%420 = add i32 %419, %418
	%421 = mul i32 %420, %NK
	%422 = mul i32 %418, 64
	%423 = add i32 %422, %off
	%424 = add i32 %418, 1
	%425 = mul i32 %424, 64
	%426 = icmp slt i32 %425, %M
	%427 = select i1 %426, i32 %425, i32 %M
	%428 = sub i32 %427, 1
	%429 = add i32 %428, %off
	%430 = icmp slt i32 %423, 0
	%431 = sub i32 0, %423
	%432 = sub i32 64, 1
	%433 = add i32 %431, %432
	%434 = sdiv i32 %433, 64
	%435 = sub i32 0, %434
	%436 = sdiv i32 %423, 64
	%437 = select i1 %430, i32 %435, i32 %436
	%438 = icmp slt i32 %429, 0
	%439 = sub i32 0, %429
	%440 = sub i32 64, 1
	%441 = add i32 %439, %440
	%442 = sdiv i32 %441, 64
	%443 = sub i32 0, %442
	%444 = sdiv i32 %429, 64
	%445 = select i1 %438, i32 %443, i32 %444
	%446 = icmp slt i32 %418, %NQ
	br i1 %446, label %784, label %785

447:
	%448 = phi i32 [ %0, %415 ], [ %783, %782 ]
	%449 = phi i32 [ 0, %415 ], [ %449, %782 ]
	%450 = icmp slt i32 %448, %15
	br i1 %450, label %451, label %651

451:
	%452 = sub i32 %15, 1
	%453 = add i32 %448, 0
	%454 = icmp slt i32 %453, %15
	%455 = icmp slt i32 %453, %452
	%456 = select i1 %455, i32 %453, i32 %452
	%457 = add i32 %448, 256
	%458 = icmp slt i32 %457, %15
	%459 = icmp slt i32 %457, %452
	%460 = select i1 %459, i32 %457, i32 %452
	%461 = add i32 %448, 512
	%462 = icmp slt i32 %461, %15
	%463 = icmp slt i32 %461, %452
	%464 = select i1 %463, i32 %461, i32 %452
	%465 = add i32 %448, 768
	%466 = icmp slt i32 %465, %15
	%467 = icmp slt i32 %465, %452
	%468 = select i1 %467, i32 %465, i32 %452
	%469 = add i32 %448, 1024
	%470 = icmp slt i32 %469, %15
	%471 = icmp slt i32 %469, %452
	%472 = select i1 %471, i32 %469, i32 %452
	%473 = add i32 %448, 1280
	%474 = icmp slt i32 %473, %15
	%475 = icmp slt i32 %473, %452
	%476 = select i1 %475, i32 %473, i32 %452
	%477 = add i32 %448, 1536
	%478 = icmp slt i32 %477, %15
	%479 = icmp slt i32 %477, %452
	%480 = select i1 %479, i32 %477, i32 %452
	%481 = add i32 %448, 1792
	%482 = icmp slt i32 %481, %15
	%483 = icmp slt i32 %481, %452
	%484 = select i1 %483, i32 %481, i32 %452
	%485 = sub i32 %NK, 1
	%486 = icmp slt i32 %453, %485
	%487 = select i1 %486, i32 %453, i32 %485
	%488 = add i32 %52, %487
	%489 = sext i32 %488 to i64
	%490 = getelementptr float, float* %e, i64 %489
	%491 = load float, float* %490
	%492 = icmp slt i32 %457, %485
	%493 = select i1 %492, i32 %457, i32 %485
	%494 = add i32 %52, %493
	%495 = sext i32 %494 to i64
	%496 = getelementptr float, float* %e, i64 %495
	%497 = load float, float* %496
	%498 = icmp slt i32 %461, %485
	%499 = select i1 %498, i32 %461, i32 %485
	%500 = add i32 %52, %499
	%501 = sext i32 %500 to i64
	%502 = getelementptr float, float* %e, i64 %501
	%503 = load float, float* %502
	%504 = icmp slt i32 %465, %485
	%505 = select i1 %504, i32 %465, i32 %485
	%506 = add i32 %52, %505
	%507 = sext i32 %506 to i64
	%508 = getelementptr float, float* %e, i64 %507
	%509 = load float, float* %508
	%510 = icmp slt i32 %469, %485
	%511 = select i1 %510, i32 %469, i32 %485
	%512 = add i32 %52, %511
	%513 = sext i32 %512 to i64
	%514 = getelementptr float, float* %e, i64 %513
	%515 = load float, float* %514
	%516 = icmp slt i32 %473, %485
	%517 = select i1 %516, i32 %473, i32 %485
	%518 = add i32 %52, %517
	%519 = sext i32 %518 to i64
	%520 = getelementptr float, float* %e, i64 %519
	%521 = load float, float* %520
	%522 = icmp slt i32 %477, %485
	%523 = select i1 %522, i32 %477, i32 %485
	%524 = add i32 %52, %523
	%525 = sext i32 %524 to i64
	%526 = getelementptr float, float* %e, i64 %525
	%527 = load float, float* %526
	%528 = icmp slt i32 %481, %485
	%529 = select i1 %528, i32 %481, i32 %485
	%530 = add i32 %52, %529
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	%533 = load float, float* %532
	%534 = icmp slt i32 %453, %NK
	%535 = fcmp oge float %491, 0.0
	%536 = and i1 %534, %535
	%537 = icmp sge i32 %453, %68
	%538 = icmp sle i32 %453, %76
	%539 = and i1 %537, %538
	%540 = or i1 false, %539
	%541 = icmp eq i32 %453, 0
	%542 = or i1 %540, %541
	%543 = bitcast float %491 to i32
	%544 = add i32 %543, 2
	%545 = select i1 %542, i32 1, i32 %544
	%546 = select i1 %536, i32 %545, i32 0
	%547 = icmp slt i32 %457, %NK
	%548 = fcmp oge float %497, 0.0
	%549 = and i1 %547, %548
	%550 = icmp sge i32 %457, %68
	%551 = icmp sle i32 %457, %76
	%552 = and i1 %550, %551
	%553 = or i1 false, %552
	%554 = icmp eq i32 %457, 0
	%555 = or i1 %553, %554
	%556 = bitcast float %497 to i32
	%557 = add i32 %556, 2
	%558 = select i1 %555, i32 1, i32 %557
	%559 = select i1 %549, i32 %558, i32 0
	%560 = icmp slt i32 %461, %NK
	%561 = fcmp oge float %503, 0.0
	%562 = and i1 %560, %561
	%563 = icmp sge i32 %461, %68
	%564 = icmp sle i32 %461, %76
	%565 = and i1 %563, %564
	%566 = or i1 false, %565
	%567 = icmp eq i32 %461, 0
	%568 = or i1 %566, %567
	%569 = bitcast float %503 to i32
	%570 = add i32 %569, 2
	%571 = select i1 %568, i32 1, i32 %570
	%572 = select i1 %562, i32 %571, i32 0
	%573 = icmp slt i32 %465, %NK
	%574 = fcmp oge float %509, 0.0
	%575 = and i1 %573, %574
	%576 = icmp sge i32 %465, %68
	%577 = icmp sle i32 %465, %76
	%578 = and i1 %576, %577
	%579 = or i1 false, %578
	%580 = icmp eq i32 %465, 0
	%581 = or i1 %579, %580
	%582 = bitcast float %509 to i32
	%583 = add i32 %582, 2
	%584 = select i1 %581, i32 1, i32 %583
	%585 = select i1 %575, i32 %584, i32 0
	%586 = icmp slt i32 %469, %NK
	%587 = fcmp oge float %515, 0.0
	%588 = and i1 %586, %587
	%589 = icmp sge i32 %469, %68
	%590 = icmp sle i32 %469, %76
	%591 = and i1 %589, %590
	%592 = or i1 false, %591
	%593 = icmp eq i32 %469, 0
	%594 = or i1 %592, %593
	%595 = bitcast float %515 to i32
	%596 = add i32 %595, 2
	%597 = select i1 %594, i32 1, i32 %596
	%598 = select i1 %588, i32 %597, i32 0
	%599 = icmp slt i32 %473, %NK
	%600 = fcmp oge float %521, 0.0
	%601 = and i1 %599, %600
	%602 = icmp sge i32 %473, %68
	%603 = icmp sle i32 %473, %76
	%604 = and i1 %602, %603
	%605 = or i1 false, %604
	%606 = icmp eq i32 %473, 0
	%607 = or i1 %605, %606
	%608 = bitcast float %521 to i32
	%609 = add i32 %608, 2
	%610 = select i1 %607, i32 1, i32 %609
	%611 = select i1 %601, i32 %610, i32 0
	%612 = icmp slt i32 %477, %NK
	%613 = fcmp oge float %527, 0.0
	%614 = and i1 %612, %613
	%615 = icmp sge i32 %477, %68
	%616 = icmp sle i32 %477, %76
	%617 = and i1 %615, %616
	%618 = or i1 false, %617
	%619 = icmp eq i32 %477, 0
	%620 = or i1 %618, %619
	%621 = bitcast float %527 to i32
	%622 = add i32 %621, 2
	%623 = select i1 %620, i32 1, i32 %622
	%624 = select i1 %614, i32 %623, i32 0
	%625 = icmp slt i32 %481, %NK
	%626 = fcmp oge float %533, 0.0
	%627 = and i1 %625, %626
	%628 = icmp sge i32 %481, %68
	%629 = icmp sle i32 %481, %76
	%630 = and i1 %628, %629
	%631 = or i1 false, %630
	%632 = icmp eq i32 %481, 0
	%633 = or i1 %631, %632
	%634 = bitcast float %533 to i32
	%635 = add i32 %634, 2
	%636 = select i1 %633, i32 1, i32 %635
	%637 = select i1 %627, i32 %636, i32 0
	%638 = icmp uge i32 %546, 2
	%639 = and i32 %546, %11
	%640 = icmp eq i32 %639, %7
	%641 = and i1 %638, %640
	%642 = lshr i32 %546, 24
	%643 = and i32 %642, 255
	%644 = select i1 %641, i32 %643, i32 256
	%645 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %644)
	%646 = shl i32 1, %3
	%647 = sub i32 %646, 1
	%648 = and i32 %645, %647
	%649 = icmp eq i32 %648, 0
	%650 = and i1 %641, %649
	br i1 %650, label %652, label %656

651:
	br label %416

652:
	%653 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %643
	%654 = call i32 @llvm.ctpop.i32(i32 %645)
	%655 = atomicrmw add i32 addrspace(3)* %653, i32 %654 monotonic
	br label %656

656:
	%657 = icmp uge i32 %559, 2
	%658 = and i32 %559, %11
	%659 = icmp eq i32 %658, %7
	%660 = and i1 %657, %659
	%661 = lshr i32 %559, 24
	%662 = and i32 %661, 255
	%663 = select i1 %660, i32 %662, i32 256
	%664 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %663)
	%665 = shl i32 1, %3
	%666 = sub i32 %665, 1
	%667 = and i32 %664, %666
	%668 = icmp eq i32 %667, 0
	%669 = and i1 %660, %668
	br i1 %669, label %670, label %674

670:
	%671 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %662
	%672 = call i32 @llvm.ctpop.i32(i32 %664)
	%673 = atomicrmw add i32 addrspace(3)* %671, i32 %672 monotonic
	br label %674

674:
	%675 = icmp uge i32 %572, 2
	%676 = and i32 %572, %11
	%677 = icmp eq i32 %676, %7
	%678 = and i1 %675, %677
	%679 = lshr i32 %572, 24
	%680 = and i32 %679, 255
	%681 = select i1 %678, i32 %680, i32 256
	%682 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %681)
	%683 = shl i32 1, %3
	%684 = sub i32 %683, 1
	%685 = and i32 %682, %684
	%686 = icmp eq i32 %685, 0
	%687 = and i1 %678, %686
	br i1 %687, label %688, label %692

688:
	%689 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %680
	%690 = call i32 @llvm.ctpop.i32(i32 %682)
	%691 = atomicrmw add i32 addrspace(3)* %689, i32 %690 monotonic
	br label %692

692:
	%693 = icmp uge i32 %585, 2
	%694 = and i32 %585, %11
	%695 = icmp eq i32 %694, %7
	%696 = and i1 %693, %695
	%697 = lshr i32 %585, 24
	%698 = and i32 %697, 255
	%699 = select i1 %696, i32 %698, i32 256
	%700 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %699)
	%701 = shl i32 1, %3
	%702 = sub i32 %701, 1
	%703 = and i32 %700, %702
	%704 = icmp eq i32 %703, 0
	%705 = and i1 %696, %704
	br i1 %705, label %706, label %710

706:
	%707 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %698
	%708 = call i32 @llvm.ctpop.i32(i32 %700)
	%709 = atomicrmw add i32 addrspace(3)* %707, i32 %708 monotonic
	br label %710

710:
	%711 = icmp uge i32 %598, 2
	%712 = and i32 %598, %11
	%713 = icmp eq i32 %712, %7
	%714 = and i1 %711, %713
	%715 = lshr i32 %598, 24
	%716 = and i32 %715, 255
	%717 = select i1 %714, i32 %716, i32 256
	%718 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %717)
	%719 = shl i32 1, %3
	%720 = sub i32 %719, 1
	%721 = and i32 %718, %720
	%722 = icmp eq i32 %721, 0
	%723 = and i1 %714, %722
	br i1 %723, label %724, label %728

724:
	%725 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %716
	%726 = call i32 @llvm.ctpop.i32(i32 %718)
	%727 = atomicrmw add i32 addrspace(3)* %725, i32 %726 monotonic
	br label %728

728:
	%729 = icmp uge i32 %611, 2
	%730 = and i32 %611, %11
	%731 = icmp eq i32 %730, %7
	%732 = and i1 %729, %731
	%733 = lshr i32 %611, 24
	%734 = and i32 %733, 255
	%735 = select i1 %732, i32 %734, i32 256
	%736 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %735)
	%737 = shl i32 1, %3
	%738 = sub i32 %737, 1
	%739 = and i32 %736, %738
	%740 = icmp eq i32 %739, 0
	%741 = and i1 %732, %740
	br i1 %741, label %742, label %746

742:
	%743 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %734
	%744 = call i32 @llvm.ctpop.i32(i32 %736)
	%745 = atomicrmw add i32 addrspace(3)* %743, i32 %744 monotonic
	br label %746

746:
	%747 = icmp uge i32 %624, 2
	%748 = and i32 %624, %11
	%749 = icmp eq i32 %748, %7
	%750 = and i1 %747, %749
	%751 = lshr i32 %624, 24
	%752 = and i32 %751, 255
	%753 = select i1 %750, i32 %752, i32 256
	%754 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %753)
	%755 = shl i32 1, %3
	%756 = sub i32 %755, 1
	%757 = and i32 %754, %756
	%758 = icmp eq i32 %757, 0
	%759 = and i1 %750, %758
	br i1 %759, label %760, label %764

760:
	%761 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %752
	%762 = call i32 @llvm.ctpop.i32(i32 %754)
	%763 = atomicrmw add i32 addrspace(3)* %761, i32 %762 monotonic
	br label %764

764:
	%765 = icmp uge i32 %637, 2
	%766 = and i32 %637, %11
	%767 = icmp eq i32 %766, %7
	%768 = and i1 %765, %767
	%769 = lshr i32 %637, 24
	%770 = and i32 %769, 255
	%771 = select i1 %768, i32 %770, i32 256
	%772 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %771)
	%773 = shl i32 1, %3
	%774 = sub i32 %773, 1
	%775 = and i32 %772, %774
	%776 = icmp eq i32 %775, 0
	%777 = and i1 %768, %776
	br i1 %777, label %778, label %782

778:
	%779 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %770
	%780 = call i32 @llvm.ctpop.i32(i32 %772)
	%781 = atomicrmw add i32 addrspace(3)* %779, i32 %780 monotonic
	br label %782

782:
	%783 = add i32 %448, 2048
	br label %447

784:
	br label %816

785:
	%786 = mul i32 %1, 8
	%787 = add i32 %786, 3
	%788 = mul i32 %2, %NQ
	%789 = add i32 %788, %787
	%790 = mul i32 %789, %NK
	%791 = mul i32 %787, 64
	%792 = add i32 %791, %off
	%793 = add i32 %787, 1
	%794 = mul i32 %793, 64
	%795 = icmp slt i32 %794, %M
	%796 = select i1 %795, i32 %794, i32 %M
	%797 = sub i32 %796, 1
	%798 = add i32 %797, %off
	%799 = icmp slt i32 %792, 0
	%800 = sub i32 0, %792
	%801 = sub i32 64, 1
	%802 = add i32 %800, %801
	%803 = sdiv i32 %802, 64
	%804 = sub i32 0, %803
	%805 = sdiv i32 %792, 64
	%806 = select i1 %799, i32 %804, i32 %805
	%807 = icmp slt i32 %798, 0
	%808 = sub i32 0, %798
	%809 = sub i32 64, 1
	%810 = add i32 %808, %809
	%811 = sdiv i32 %810, 64
	%812 = sub i32 0, %811
	%813 = sdiv i32 %798, 64
	%814 = select i1 %807, i32 %812, i32 %813
	%815 = icmp slt i32 %787, %NQ
	br i1 %815, label %1153, label %1154

816:
	%817 = phi i32 [ %0, %784 ], [ %1152, %1151 ]
	%818 = phi i32 [ 0, %784 ], [ %818, %1151 ]
	%819 = icmp slt i32 %817, %15
	br i1 %819, label %820, label %1020

820:
	%821 = sub i32 %15, 1
	%822 = add i32 %817, 0
	%823 = icmp slt i32 %822, %15
	%824 = icmp slt i32 %822, %821
	%825 = select i1 %824, i32 %822, i32 %821
	%826 = add i32 %817, 256
	%827 = icmp slt i32 %826, %15
	%828 = icmp slt i32 %826, %821
	%829 = select i1 %828, i32 %826, i32 %821
	%830 = add i32 %817, 512
	%831 = icmp slt i32 %830, %15
	%832 = icmp slt i32 %830, %821
	%833 = select i1 %832, i32 %830, i32 %821
	%834 = add i32 %817, 768
	%835 = icmp slt i32 %834, %15
	%836 = icmp slt i32 %834, %821
	%837 = select i1 %836, i32 %834, i32 %821
	%838 = add i32 %817, 1024
	%839 = icmp slt i32 %838, %15
	%840 = icmp slt i32 %838, %821
	%841 = select i1 %840, i32 %838, i32 %821
	%842 = add i32 %817, 1280
	%843 = icmp slt i32 %842, %15
	%844 = icmp slt i32 %842, %821
	%845 = select i1 %844, i32 %842, i32 %821
	%846 = add i32 %817, 1536
	%847 = icmp slt i32 %846, %15
	%848 = icmp slt i32 %846, %821
	%849 = select i1 %848, i32 %846, i32 %821
	%850 = add i32 %817, 1792
	%851 = icmp slt i32 %850, %15
	%852 = icmp slt i32 %850, %821
	%853 = select i1 %852, i32 %850, i32 %821
	%854 = sub i32 %NK, 1
	%855 = icmp slt i32 %822, %854
	%856 = select i1 %855, i32 %822, i32 %854
	%857 = add i32 %421, %856
	%858 = sext i32 %857 to i64
	%859 = getelementptr float, float* %e, i64 %858
	%860 = load float, float* %859
	%861 = icmp slt i32 %826, %854
	%862 = select i1 %861, i32 %826, i32 %854
	%863 = add i32 %421, %862
	%864 = sext i32 %863 to i64
	%865 = getelementptr float, float* %e, i64 %864
	%866 = load float, float* %865
	%867 = icmp slt i32 %830, %854
	%868 = select i1 %867, i32 %830, i32 %854
	%869 = add i32 %421, %868
	%870 = sext i32 %869 to i64
	%871 = getelementptr float, float* %e, i64 %870
	%872 = load float, float* %871
	%873 = icmp slt i32 %834, %854
	%874 = select i1 %873, i32 %834, i32 %854
	%875 = add i32 %421, %874
	%876 = sext i32 %875 to i64
	%877 = getelementptr float, float* %e, i64 %876
	%878 = load float, float* %877
	%879 = icmp slt i32 %838, %854
	%880 = select i1 %879, i32 %838, i32 %854
	%881 = add i32 %421, %880
	%882 = sext i32 %881 to i64
	%883 = getelementptr float, float* %e, i64 %882
	%884 = load float, float* %883
	%885 = icmp slt i32 %842, %854
	%886 = select i1 %885, i32 %842, i32 %854
	%887 = add i32 %421, %886
	%888 = sext i32 %887 to i64
	%889 = getelementptr float, float* %e, i64 %888
	%890 = load float, float* %889
	%891 = icmp slt i32 %846, %854
	%892 = select i1 %891, i32 %846, i32 %854
	%893 = add i32 %421, %892
	%894 = sext i32 %893 to i64
	%895 = getelementptr float, float* %e, i64 %894
	%896 = load float, float* %895
	%897 = icmp slt i32 %850, %854
	%898 = select i1 %897, i32 %850, i32 %854
	%899 = add i32 %421, %898
	%900 = sext i32 %899 to i64
	%901 = getelementptr float, float* %e, i64 %900
	%902 = load float, float* %901
	%903 = icmp slt i32 %822, %NK
	%904 = fcmp oge float %860, 0.0
	%905 = and i1 %903, %904
	%906 = icmp sge i32 %822, %437
	%907 = icmp sle i32 %822, %445
	%908 = and i1 %906, %907
	%909 = or i1 false, %908
	%910 = icmp eq i32 %822, 0
	%911 = or i1 %909, %910
	%912 = bitcast float %860 to i32
	%913 = add i32 %912, 2
	%914 = select i1 %911, i32 1, i32 %913
	%915 = select i1 %905, i32 %914, i32 0
	%916 = icmp slt i32 %826, %NK
	%917 = fcmp oge float %866, 0.0
	%918 = and i1 %916, %917
	%919 = icmp sge i32 %826, %437
	%920 = icmp sle i32 %826, %445
	%921 = and i1 %919, %920
	%922 = or i1 false, %921
	%923 = icmp eq i32 %826, 0
	%924 = or i1 %922, %923
	%925 = bitcast float %866 to i32
	%926 = add i32 %925, 2
	%927 = select i1 %924, i32 1, i32 %926
	%928 = select i1 %918, i32 %927, i32 0
	%929 = icmp slt i32 %830, %NK
	%930 = fcmp oge float %872, 0.0
	%931 = and i1 %929, %930
	%932 = icmp sge i32 %830, %437
	%933 = icmp sle i32 %830, %445
	%934 = and i1 %932, %933
	%935 = or i1 false, %934
	%936 = icmp eq i32 %830, 0
	%937 = or i1 %935, %936
	%938 = bitcast float %872 to i32
	%939 = add i32 %938, 2
	%940 = select i1 %937, i32 1, i32 %939
	%941 = select i1 %931, i32 %940, i32 0
	%942 = icmp slt i32 %834, %NK
	%943 = fcmp oge float %878, 0.0
	%944 = and i1 %942, %943
	%945 = icmp sge i32 %834, %437
	%946 = icmp sle i32 %834, %445
	%947 = and i1 %945, %946
	%948 = or i1 false, %947
	%949 = icmp eq i32 %834, 0
	%950 = or i1 %948, %949
	%951 = bitcast float %878 to i32
	%952 = add i32 %951, 2
	%953 = select i1 %950, i32 1, i32 %952
	%954 = select i1 %944, i32 %953, i32 0
	%955 = icmp slt i32 %838, %NK
	%956 = fcmp oge float %884, 0.0
	%957 = and i1 %955, %956
	%958 = icmp sge i32 %838, %437
	%959 = icmp sle i32 %838, %445
	%960 = and i1 %958, %959
	%961 = or i1 false, %960
	%962 = icmp eq i32 %838, 0
	%963 = or i1 %961, %962
	%964 = bitcast float %884 to i32
	%965 = add i32 %964, 2
	%966 = select i1 %963, i32 1, i32 %965
	%967 = select i1 %957, i32 %966, i32 0
	%968 = icmp slt i32 %842, %NK
	%969 = fcmp oge float %890, 0.0
	%970 = and i1 %968, %969
	%971 = icmp sge i32 %842, %437
	%972 = icmp sle i32 %842, %445
	%973 = and i1 %971, %972
	%974 = or i1 false, %973
	%975 = icmp eq i32 %842, 0
	%976 = or i1 %974, %975
	%977 = bitcast float %890 to i32
	%978 = add i32 %977, 2
	%979 = select i1 %976, i32 1, i32 %978
	%980 = select i1 %970, i32 %979, i32 0
	%981 = icmp slt i32 %846, %NK
	%982 = fcmp oge float %896, 0.0
	%983 = and i1 %981, %982
	%984 = icmp sge i32 %846, %437
	%985 = icmp sle i32 %846, %445
	%986 = and i1 %984, %985
	%987 = or i1 false, %986
	%988 = icmp eq i32 %846, 0
	%989 = or i1 %987, %988
	%990 = bitcast float %896 to i32
	%991 = add i32 %990, 2
	%992 = select i1 %989, i32 1, i32 %991
	%993 = select i1 %983, i32 %992, i32 0
	%994 = icmp slt i32 %850, %NK
	%995 = fcmp oge float %902, 0.0
	%996 = and i1 %994, %995
	%997 = icmp sge i32 %850, %437
	%998 = icmp sle i32 %850, %445
	%999 = and i1 %997, %998
	%1000 = or i1 false, %999
	%1001 = icmp eq i32 %850, 0
	%1002 = or i1 %1000, %1001
	%1003 = bitcast float %902 to i32
	%1004 = add i32 %1003, 2
	%1005 = select i1 %1002, i32 1, i32 %1004
	%1006 = select i1 %996, i32 %1005, i32 0
	%1007 = icmp uge i32 %915, 2
	%1008 = and i32 %915, %11
	%1009 = icmp eq i32 %1008, %7
	%1010 = and i1 %1007, %1009
	%1011 = lshr i32 %915, 24
	%1012 = and i32 %1011, 255
	%1013 = select i1 %1010, i32 %1012, i32 256
	%1014 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1013)
	%1015 = shl i32 1, %3
	%1016 = sub i32 %1015, 1
	%1017 = and i32 %1014, %1016
	%1018 = icmp eq i32 %1017, 0
	%1019 = and i1 %1010, %1018
	br i1 %1019, label %1021, label %1025

1020:
	br label %785

1021:
	%1022 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1012
	%1023 = call i32 @llvm.ctpop.i32(i32 %1014)
	%1024 = atomicrmw add i32 addrspace(3)* %1022, i32 %1023 monotonic
	br label %1025

1025:
	%1026 = icmp uge i32 %928, 2
	%1027 = and i32 %928, %11
	%1028 = icmp eq i32 %1027, %7
	%1029 = and i1 %1026, %1028
	%1030 = lshr i32 %928, 24
	%1031 = and i32 %1030, 255
	%1032 = select i1 %1029, i32 %1031, i32 256
	%1033 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1032)
	%1034 = shl i32 1, %3
	%1035 = sub i32 %1034, 1
	%1036 = and i32 %1033, %1035
	%1037 = icmp eq i32 %1036, 0
	%1038 = and i1 %1029, %1037
	br i1 %1038, label %1039, label %1043

1039:
	%1040 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1031
	%1041 = call i32 @llvm.ctpop.i32(i32 %1033)
	%1042 = atomicrmw add i32 addrspace(3)* %1040, i32 %1041 monotonic
	br label %1043

1043:
	%1044 = icmp uge i32 %941, 2
	%1045 = and i32 %941, %11
	%1046 = icmp eq i32 %1045, %7
	%1047 = and i1 %1044, %1046
	%1048 = lshr i32 %941, 24
	%1049 = and i32 %1048, 255
	%1050 = select i1 %1047, i32 %1049, i32 256
	%1051 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1050)
	%1052 = shl i32 1, %3
	%1053 = sub i32 %1052, 1
	%1054 = and i32 %1051, %1053
	%1055 = icmp eq i32 %1054, 0
	%1056 = and i1 %1047, %1055
	br i1 %1056, label %1057, label %1061

1057:
	%1058 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1049
	%1059 = call i32 @llvm.ctpop.i32(i32 %1051)
	%1060 = atomicrmw add i32 addrspace(3)* %1058, i32 %1059 monotonic
	br label %1061

1061:
	%1062 = icmp uge i32 %954, 2
	%1063 = and i32 %954, %11
	%1064 = icmp eq i32 %1063, %7
	%1065 = and i1 %1062, %1064
	%1066 = lshr i32 %954, 24
	%1067 = and i32 %1066, 255
	%1068 = select i1 %1065, i32 %1067, i32 256
	%1069 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1068)
	%1070 = shl i32 1, %3
	%1071 = sub i32 %1070, 1
	%1072 = and i32 %1069, %1071
	%1073 = icmp eq i32 %1072, 0
	%1074 = and i1 %1065, %1073
	br i1 %1074, label %1075, label %1079

1075:
	%1076 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1067
	%1077 = call i32 @llvm.ctpop.i32(i32 %1069)
	%1078 = atomicrmw add i32 addrspace(3)* %1076, i32 %1077 monotonic
	br label %1079

1079:
	%1080 = icmp uge i32 %967, 2
	%1081 = and i32 %967, %11
	%1082 = icmp eq i32 %1081, %7
	%1083 = and i1 %1080, %1082
	%1084 = lshr i32 %967, 24
	%1085 = and i32 %1084, 255
	%1086 = select i1 %1083, i32 %1085, i32 256
	%1087 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1086)
	%1088 = shl i32 1, %3
	%1089 = sub i32 %1088, 1
	%1090 = and i32 %1087, %1089
	%1091 = icmp eq i32 %1090, 0
	%1092 = and i1 %1083, %1091
	br i1 %1092, label %1093, label %1097

1093:
	%1094 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1085
	%1095 = call i32 @llvm.ctpop.i32(i32 %1087)
	%1096 = atomicrmw add i32 addrspace(3)* %1094, i32 %1095 monotonic
	br label %1097

1097:
	%1098 = icmp uge i32 %980, 2
	%1099 = and i32 %980, %11
	%1100 = icmp eq i32 %1099, %7
	%1101 = and i1 %1098, %1100
	%1102 = lshr i32 %980, 24
	%1103 = and i32 %1102, 255
	%1104 = select i1 %1101, i32 %1103, i32 256
	%1105 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1104)
	%1106 = shl i32 1, %3
	%1107 = sub i32 %1106, 1
	%1108 = and i32 %1105, %1107
	%1109 = icmp eq i32 %1108, 0
	%1110 = and i1 %1101, %1109
	br i1 %1110, label %1111, label %1115

1111:
	%1112 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1103
	%1113 = call i32 @llvm.ctpop.i32(i32 %1105)
	%1114 = atomicrmw add i32 addrspace(3)* %1112, i32 %1113 monotonic
	br label %1115

1115:
	%1116 = icmp uge i32 %993, 2
	%1117 = and i32 %993, %11
	%1118 = icmp eq i32 %1117, %7
	%1119 = and i1 %1116, %1118
	%1120 = lshr i32 %993, 24
	%1121 = and i32 %1120, 255
	%1122 = select i1 %1119, i32 %1121, i32 256
	%1123 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1122)
	%1124 = shl i32 1, %3
	%1125 = sub i32 %1124, 1
	%1126 = and i32 %1123, %1125
	%1127 = icmp eq i32 %1126, 0
	%1128 = and i1 %1119, %1127
	br i1 %1128, label %1129, label %1133

1129:
	%1130 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1121
	%1131 = call i32 @llvm.ctpop.i32(i32 %1123)
	%1132 = atomicrmw add i32 addrspace(3)* %1130, i32 %1131 monotonic
	br label %1133

1133:
	%1134 = icmp uge i32 %1006, 2
	%1135 = and i32 %1006, %11
	%1136 = icmp eq i32 %1135, %7
	%1137 = and i1 %1134, %1136
	%1138 = lshr i32 %1006, 24
	%1139 = and i32 %1138, 255
	%1140 = select i1 %1137, i32 %1139, i32 256
	%1141 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1140)
	%1142 = shl i32 1, %3
	%1143 = sub i32 %1142, 1
	%1144 = and i32 %1141, %1143
	%1145 = icmp eq i32 %1144, 0
	%1146 = and i1 %1137, %1145
	br i1 %1146, label %1147, label %1151

1147:
	%1148 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1139
	%1149 = call i32 @llvm.ctpop.i32(i32 %1141)
	%1150 = atomicrmw add i32 addrspace(3)* %1148, i32 %1149 monotonic
	br label %1151

1151:
	%1152 = add i32 %817, 2048
	br label %816

1153:
	br label %1185

1154:
	%1155 = mul i32 %1, 8
	%1156 = add i32 %1155, 4
	%1157 = mul i32 %2, %NQ
	%1158 = add i32 %1157, %1156
	%1159 = mul i32 %1158, %NK
	%1160 = mul i32 %1156, 64
	%1161 = add i32 %1160, %off
	%1162 = add i32 %1156, 1
	%1163 = mul i32 %1162, 64
	%1164 = icmp slt i32 %1163, %M
	%1165 = select i1 %1164, i32 %1163, i32 %M
	%1166 = sub i32 %1165, 1
	%1167 = add i32 %1166, %off
	%1168 = icmp slt i32 %1161, 0
	%1169 = sub i32 0, %1161
	%1170 = sub i32 64, 1
	%1171 = add i32 %1169, %1170
	%1172 = sdiv i32 %1171, 64
	%1173 = sub i32 0, %1172
	%1174 = sdiv i32 %1161, 64
	%1175 = select i1 %1168, i32 %1173, i32 %1174
	%1176 = icmp slt i32 %1167, 0
	%1177 = sub i32 0, %1167
	%1178 = sub i32 64, 1
	%1179 = add i32 %1177, %1178
	%1180 = sdiv i32 %1179, 64
	%1181 = sub i32 0, %1180
	%1182 = sdiv i32 %1167, 64
	%1183 = select i1 %1176, i32 %1181, i32 %1182
	%1184 = icmp slt i32 %1156, %NQ
	br i1 %1184, label %1522, label %1523

1185:
	%1186 = phi i32 [ %0, %1153 ], [ %1521, %1520 ]
	%1187 = phi i32 [ 0, %1153 ], [ %1187, %1520 ]
	%1188 = icmp slt i32 %1186, %15
	br i1 %1188, label %1189, label %1389

1189:
	%1190 = sub i32 %15, 1
	%1191 = add i32 %1186, 0
	%1192 = icmp slt i32 %1191, %15
	%1193 = icmp slt i32 %1191, %1190
	%1194 = select i1 %1193, i32 %1191, i32 %1190
	%1195 = add i32 %1186, 256
	%1196 = icmp slt i32 %1195, %15
	%1197 = icmp slt i32 %1195, %1190
	%1198 = select i1 %1197, i32 %1195, i32 %1190
	%1199 = add i32 %1186, 512
	%1200 = icmp slt i32 %1199, %15
	%1201 = icmp slt i32 %1199, %1190
	%1202 = select i1 %1201, i32 %1199, i32 %1190
	%1203 = add i32 %1186, 768
	%1204 = icmp slt i32 %1203, %15
	%1205 = icmp slt i32 %1203, %1190
	%1206 = select i1 %1205, i32 %1203, i32 %1190
	%1207 = add i32 %1186, 1024
	%1208 = icmp slt i32 %1207, %15
	%1209 = icmp slt i32 %1207, %1190
	%1210 = select i1 %1209, i32 %1207, i32 %1190
	%1211 = add i32 %1186, 1280
	%1212 = icmp slt i32 %1211, %15
	%1213 = icmp slt i32 %1211, %1190
	%1214 = select i1 %1213, i32 %1211, i32 %1190
	%1215 = add i32 %1186, 1536
	%1216 = icmp slt i32 %1215, %15
	%1217 = icmp slt i32 %1215, %1190
	%1218 = select i1 %1217, i32 %1215, i32 %1190
	%1219 = add i32 %1186, 1792
	%1220 = icmp slt i32 %1219, %15
	%1221 = icmp slt i32 %1219, %1190
	%1222 = select i1 %1221, i32 %1219, i32 %1190
	%1223 = sub i32 %NK, 1
	%1224 = icmp slt i32 %1191, %1223
	%1225 = select i1 %1224, i32 %1191, i32 %1223
	%1226 = add i32 %790, %1225
	%1227 = sext i32 %1226 to i64
	%1228 = getelementptr float, float* %e, i64 %1227
	%1229 = load float, float* %1228
	%1230 = icmp slt i32 %1195, %1223
	%1231 = select i1 %1230, i32 %1195, i32 %1223
	%1232 = add i32 %790, %1231
	%1233 = sext i32 %1232 to i64
	%1234 = getelementptr float, float* %e, i64 %1233
	%1235 = load float, float* %1234
	%1236 = icmp slt i32 %1199, %1223
	%1237 = select i1 %1236, i32 %1199, i32 %1223
	%1238 = add i32 %790, %1237
	%1239 = sext i32 %1238 to i64
	%1240 = getelementptr float, float* %e, i64 %1239
	%1241 = load float, float* %1240
	%1242 = icmp slt i32 %1203, %1223
	%1243 = select i1 %1242, i32 %1203, i32 %1223
	%1244 = add i32 %790, %1243
	%1245 = sext i32 %1244 to i64
	%1246 = getelementptr float, float* %e, i64 %1245
	%1247 = load float, float* %1246
	%1248 = icmp slt i32 %1207, %1223
	%1249 = select i1 %1248, i32 %1207, i32 %1223
	%1250 = add i32 %790, %1249
	%1251 = sext i32 %1250 to i64
	%1252 = getelementptr float, float* %e, i64 %1251
	%1253 = load float, float* %1252
	%1254 = icmp slt i32 %1211, %1223
	%1255 = select i1 %1254, i32 %1211, i32 %1223
	%1256 = add i32 %790, %1255
	%1257 = sext i32 %1256 to i64
	%1258 = getelementptr float, float* %e, i64 %1257
	%1259 = load float, float* %1258
	%1260 = icmp slt i32 %1215, %1223
	%1261 = select i1 %1260, i32 %1215, i32 %1223
	%1262 = add i32 %790, %1261
	%1263 = sext i32 %1262 to i64
	%1264 = getelementptr float, float* %e, i64 %1263
	%1265 = load float, float* %1264
	%1266 = icmp slt i32 %1219, %1223
	%1267 = select i1 %1266, i32 %1219, i32 %1223
	%1268 = add i32 %790, %1267
	%1269 = sext i32 %1268 to i64
	%1270 = getelementptr float, float* %e, i64 %1269
	%1271 = load float, float* %1270
	%1272 = icmp slt i32 %1191, %NK
	%1273 = fcmp oge float %1229, 0.0
	%1274 = and i1 %1272, %1273
	%1275 = icmp sge i32 %1191, %806
	%1276 = icmp sle i32 %1191, %814
	%1277 = and i1 %1275, %1276
	%1278 = or i1 false, %1277
	%1279 = icmp eq i32 %1191, 0
	%1280 = or i1 %1278, %1279
	%1281 = bitcast float %1229 to i32
	%1282 = add i32 %1281, 2
	%1283 = select i1 %1280, i32 1, i32 %1282
	%1284 = select i1 %1274, i32 %1283, i32 0
	%1285 = icmp slt i32 %1195, %NK
	%1286 = fcmp oge float %1235, 0.0
	%1287 = and i1 %1285, %1286
	%1288 = icmp sge i32 %1195, %806
	%1289 = icmp sle i32 %1195, %814
	%1290 = and i1 %1288, %1289
	%1291 = or i1 false, %1290
	%1292 = icmp eq i32 %1195, 0
	%1293 = or i1 %1291, %1292
	%1294 = bitcast float %1235 to i32
	%1295 = add i32 %1294, 2
	%1296 = select i1 %1293, i32 1, i32 %1295
	%1297 = select i1 %1287, i32 %1296, i32 0
	%1298 = icmp slt i32 %1199, %NK
	%1299 = fcmp oge float %1241, 0.0
	%1300 = and i1 %1298, %1299
	%1301 = icmp sge i32 %1199, %806
	%1302 = icmp sle i32 %1199, %814
	%1303 = and i1 %1301, %1302
	%1304 = or i1 false, %1303
	%1305 = icmp eq i32 %1199, 0
	%1306 = or i1 %1304, %1305
	%1307 = bitcast float %1241 to i32
	%1308 = add i32 %1307, 2
	%1309 = select i1 %1306, i32 1, i32 %1308
	%1310 = select i1 %1300, i32 %1309, i32 0
	%1311 = icmp slt i32 %1203, %NK
	%1312 = fcmp oge float %1247, 0.0
	%1313 = and i1 %1311, %1312
	%1314 = icmp sge i32 %1203, %806
	%1315 = icmp sle i32 %1203, %814
	%1316 = and i1 %1314, %1315
	%1317 = or i1 false, %1316
	%1318 = icmp eq i32 %1203, 0
	%1319 = or i1 %1317, %1318
	%1320 = bitcast float %1247 to i32
	%1321 = add i32 %1320, 2
	%1322 = select i1 %1319, i32 1, i32 %1321
	%1323 = select i1 %1313, i32 %1322, i32 0
	%1324 = icmp slt i32 %1207, %NK
	%1325 = fcmp oge float %1253, 0.0
	%1326 = and i1 %1324, %1325
	%1327 = icmp sge i32 %1207, %806
	%1328 = icmp sle i32 %1207, %814
	%1329 = and i1 %1327, %1328
	%1330 = or i1 false, %1329
	%1331 = icmp eq i32 %1207, 0
	%1332 = or i1 %1330, %1331
	%1333 = bitcast float %1253 to i32
	%1334 = add i32 %1333, 2
	%1335 = select i1 %1332, i32 1, i32 %1334
	%1336 = select i1 %1326, i32 %1335, i32 0
	%1337 = icmp slt i32 %1211, %NK
	%1338 = fcmp oge float %1259, 0.0
	%1339 = and i1 %1337, %1338
	%1340 = icmp sge i32 %1211, %806
	%1341 = icmp sle i32 %1211, %814
	%1342 = and i1 %1340, %1341
	%1343 = or i1 false, %1342
	%1344 = icmp eq i32 %1211, 0
	%1345 = or i1 %1343, %1344
	%1346 = bitcast float %1259 to i32
	%1347 = add i32 %1346, 2
	%1348 = select i1 %1345, i32 1, i32 %1347
	%1349 = select i1 %1339, i32 %1348, i32 0
	%1350 = icmp slt i32 %1215, %NK
	%1351 = fcmp oge float %1265, 0.0
	%1352 = and i1 %1350, %1351
	%1353 = icmp sge i32 %1215, %806
	%1354 = icmp sle i32 %1215, %814
	%1355 = and i1 %1353, %1354
	%1356 = or i1 false, %1355
	%1357 = icmp eq i32 %1215, 0
	%1358 = or i1 %1356, %1357
	%1359 = bitcast float %1265 to i32
	%1360 = add i32 %1359, 2
	%1361 = select i1 %1358, i32 1, i32 %1360
	%1362 = select i1 %1352, i32 %1361, i32 0
	%1363 = icmp slt i32 %1219, %NK
	%1364 = fcmp oge float %1271, 0.0
	%1365 = and i1 %1363, %1364
	%1366 = icmp sge i32 %1219, %806
	%1367 = icmp sle i32 %1219, %814
	%1368 = and i1 %1366, %1367
	%1369 = or i1 false, %1368
	%1370 = icmp eq i32 %1219, 0
	%1371 = or i1 %1369, %1370
	%1372 = bitcast float %1271 to i32
	%1373 = add i32 %1372, 2
	%1374 = select i1 %1371, i32 1, i32 %1373
	%1375 = select i1 %1365, i32 %1374, i32 0
	%1376 = icmp uge i32 %1284, 2
	%1377 = and i32 %1284, %11
	%1378 = icmp eq i32 %1377, %7
	%1379 = and i1 %1376, %1378
	%1380 = lshr i32 %1284, 24
	%1381 = and i32 %1380, 255
	%1382 = select i1 %1379, i32 %1381, i32 256
	%1383 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1382)
	%1384 = shl i32 1, %3
	%1385 = sub i32 %1384, 1
	%1386 = and i32 %1383, %1385
	%1387 = icmp eq i32 %1386, 0
	%1388 = and i1 %1379, %1387
	br i1 %1388, label %1390, label %1394

1389:
	br label %1154

1390:
	%1391 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1381
	%1392 = call i32 @llvm.ctpop.i32(i32 %1383)
	%1393 = atomicrmw add i32 addrspace(3)* %1391, i32 %1392 monotonic
	br label %1394

1394:
	%1395 = icmp uge i32 %1297, 2
	%1396 = and i32 %1297, %11
	%1397 = icmp eq i32 %1396, %7
	%1398 = and i1 %1395, %1397
	%1399 = lshr i32 %1297, 24
	%1400 = and i32 %1399, 255
	%1401 = select i1 %1398, i32 %1400, i32 256
	%1402 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1401)
	%1403 = shl i32 1, %3
	%1404 = sub i32 %1403, 1
	%1405 = and i32 %1402, %1404
	%1406 = icmp eq i32 %1405, 0
	%1407 = and i1 %1398, %1406
	br i1 %1407, label %1408, label %1412

1408:
	%1409 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1400
	%1410 = call i32 @llvm.ctpop.i32(i32 %1402)
	%1411 = atomicrmw add i32 addrspace(3)* %1409, i32 %1410 monotonic
	br label %1412

1412:
	%1413 = icmp uge i32 %1310, 2
	%1414 = and i32 %1310, %11
	%1415 = icmp eq i32 %1414, %7
	%1416 = and i1 %1413, %1415
	%1417 = lshr i32 %1310, 24
	%1418 = and i32 %1417, 255
	%1419 = select i1 %1416, i32 %1418, i32 256
	%1420 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1419)
	%1421 = shl i32 1, %3
	%1422 = sub i32 %1421, 1
	%1423 = and i32 %1420, %1422
	%1424 = icmp eq i32 %1423, 0
	%1425 = and i1 %1416, %1424
	br i1 %1425, label %1426, label %1430

1426:
	%1427 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1418
	%1428 = call i32 @llvm.ctpop.i32(i32 %1420)
	%1429 = atomicrmw add i32 addrspace(3)* %1427, i32 %1428 monotonic
	br label %1430

1430:
	%1431 = icmp uge i32 %1323, 2
	%1432 = and i32 %1323, %11
	%1433 = icmp eq i32 %1432, %7
	%1434 = and i1 %1431, %1433
	%1435 = lshr i32 %1323, 24
	%1436 = and i32 %1435, 255
	%1437 = select i1 %1434, i32 %1436, i32 256
	%1438 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1437)
	%1439 = shl i32 1, %3
	%1440 = sub i32 %1439, 1
	%1441 = and i32 %1438, %1440
	%1442 = icmp eq i32 %1441, 0
	%1443 = and i1 %1434, %1442
	br i1 %1443, label %1444, label %1448

1444:
	%1445 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1436
	%1446 = call i32 @llvm.ctpop.i32(i32 %1438)
	%1447 = atomicrmw add i32 addrspace(3)* %1445, i32 %1446 monotonic
	br label %1448

1448:
	%1449 = icmp uge i32 %1336, 2
	%1450 = and i32 %1336, %11
	%1451 = icmp eq i32 %1450, %7
	%1452 = and i1 %1449, %1451
	%1453 = lshr i32 %1336, 24
	%1454 = and i32 %1453, 255
	%1455 = select i1 %1452, i32 %1454, i32 256
	%1456 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1455)
	%1457 = shl i32 1, %3
	%1458 = sub i32 %1457, 1
	%1459 = and i32 %1456, %1458
	%1460 = icmp eq i32 %1459, 0
	%1461 = and i1 %1452, %1460
	br i1 %1461, label %1462, label %1466

1462:
	%1463 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1454
	%1464 = call i32 @llvm.ctpop.i32(i32 %1456)
	%1465 = atomicrmw add i32 addrspace(3)* %1463, i32 %1464 monotonic
	br label %1466

1466:
	%1467 = icmp uge i32 %1349, 2
	%1468 = and i32 %1349, %11
	%1469 = icmp eq i32 %1468, %7
	%1470 = and i1 %1467, %1469
	%1471 = lshr i32 %1349, 24
	%1472 = and i32 %1471, 255
	%1473 = select i1 %1470, i32 %1472, i32 256
	%1474 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1473)
	%1475 = shl i32 1, %3
	%1476 = sub i32 %1475, 1
	%1477 = and i32 %1474, %1476
	%1478 = icmp eq i32 %1477, 0
	%1479 = and i1 %1470, %1478
	br i1 %1479, label %1480, label %1484

1480:
	%1481 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1472
	%1482 = call i32 @llvm.ctpop.i32(i32 %1474)
	%1483 = atomicrmw add i32 addrspace(3)* %1481, i32 %1482 monotonic
	br label %1484

1484:
	%1485 = icmp uge i32 %1362, 2
	%1486 = and i32 %1362, %11
	%1487 = icmp eq i32 %1486, %7
	%1488 = and i1 %1485, %1487
	%1489 = lshr i32 %1362, 24
	%1490 = and i32 %1489, 255
	%1491 = select i1 %1488, i32 %1490, i32 256
	%1492 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1491)
	%1493 = shl i32 1, %3
	%1494 = sub i32 %1493, 1
	%1495 = and i32 %1492, %1494
	%1496 = icmp eq i32 %1495, 0
	%1497 = and i1 %1488, %1496
	br i1 %1497, label %1498, label %1502

1498:
	%1499 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1490
	%1500 = call i32 @llvm.ctpop.i32(i32 %1492)
	%1501 = atomicrmw add i32 addrspace(3)* %1499, i32 %1500 monotonic
	br label %1502

1502:
	%1503 = icmp uge i32 %1375, 2
	%1504 = and i32 %1375, %11
	%1505 = icmp eq i32 %1504, %7
	%1506 = and i1 %1503, %1505
	%1507 = lshr i32 %1375, 24
	%1508 = and i32 %1507, 255
	%1509 = select i1 %1506, i32 %1508, i32 256
	%1510 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1509)
	%1511 = shl i32 1, %3
	%1512 = sub i32 %1511, 1
	%1513 = and i32 %1510, %1512
	%1514 = icmp eq i32 %1513, 0
	%1515 = and i1 %1506, %1514
	br i1 %1515, label %1516, label %1520

1516:
	%1517 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1508
	%1518 = call i32 @llvm.ctpop.i32(i32 %1510)
	%1519 = atomicrmw add i32 addrspace(3)* %1517, i32 %1518 monotonic
	br label %1520

1520:
	%1521 = add i32 %1186, 2048
	br label %1185

1522:
	br label %1554

1523:
	%1524 = mul i32 %1, 8
	%1525 = add i32 %1524, 5
	%1526 = mul i32 %2, %NQ
	%1527 = add i32 %1526, %1525
	%1528 = mul i32 %1527, %NK
	%1529 = mul i32 %1525, 64
	%1530 = add i32 %1529, %off
	%1531 = add i32 %1525, 1
	%1532 = mul i32 %1531, 64
	%1533 = icmp slt i32 %1532, %M
	%1534 = select i1 %1533, i32 %1532, i32 %M
	%1535 = sub i32 %1534, 1
	%1536 = add i32 %1535, %off
	%1537 = icmp slt i32 %1530, 0
	%1538 = sub i32 0, %1530
	%1539 = sub i32 64, 1
	%1540 = add i32 %1538, %1539
	%1541 = sdiv i32 %1540, 64
	%1542 = sub i32 0, %1541
	%1543 = sdiv i32 %1530, 64
	%1544 = select i1 %1537, i32 %1542, i32 %1543
	%1545 = icmp slt i32 %1536, 0
	%1546 = sub i32 0, %1536
	%1547 = sub i32 64, 1
	%1548 = add i32 %1546, %1547
	%1549 = sdiv i32 %1548, 64
	%1550 = sub i32 0, %1549
	%1551 = sdiv i32 %1536, 64
	%1552 = select i1 %1545, i32 %1550, i32 %1551
	%1553 = icmp slt i32 %1525, %NQ
	br i1 %1553, label %1891, label %1892

1554:
	%1555 = phi i32 [ %0, %1522 ], [ %1890, %1889 ]
	%1556 = phi i32 [ 0, %1522 ], [ %1556, %1889 ]
	%1557 = icmp slt i32 %1555, %15
	br i1 %1557, label %1558, label %1758

1558:
	%1559 = sub i32 %15, 1
	%1560 = add i32 %1555, 0
	%1561 = icmp slt i32 %1560, %15
	%1562 = icmp slt i32 %1560, %1559
	%1563 = select i1 %1562, i32 %1560, i32 %1559
	%1564 = add i32 %1555, 256
	%1565 = icmp slt i32 %1564, %15
	%1566 = icmp slt i32 %1564, %1559
	%1567 = select i1 %1566, i32 %1564, i32 %1559
	%1568 = add i32 %1555, 512
	%1569 = icmp slt i32 %1568, %15
	%1570 = icmp slt i32 %1568, %1559
	%1571 = select i1 %1570, i32 %1568, i32 %1559
	%1572 = add i32 %1555, 768
	%1573 = icmp slt i32 %1572, %15
	%1574 = icmp slt i32 %1572, %1559
	%1575 = select i1 %1574, i32 %1572, i32 %1559
	%1576 = add i32 %1555, 1024
	%1577 = icmp slt i32 %1576, %15
	%1578 = icmp slt i32 %1576, %1559
	%1579 = select i1 %1578, i32 %1576, i32 %1559
	%1580 = add i32 %1555, 1280
	%1581 = icmp slt i32 %1580, %15
	%1582 = icmp slt i32 %1580, %1559
	%1583 = select i1 %1582, i32 %1580, i32 %1559
	%1584 = add i32 %1555, 1536
	%1585 = icmp slt i32 %1584, %15
	%1586 = icmp slt i32 %1584, %1559
	%1587 = select i1 %1586, i32 %1584, i32 %1559
	%1588 = add i32 %1555, 1792
	%1589 = icmp slt i32 %1588, %15
	%1590 = icmp slt i32 %1588, %1559
	%1591 = select i1 %1590, i32 %1588, i32 %1559
	%1592 = sub i32 %NK, 1
	%1593 = icmp slt i32 %1560, %1592
	%1594 = select i1 %1593, i32 %1560, i32 %1592
	%1595 = add i32 %1159, %1594
	%1596 = sext i32 %1595 to i64
	%1597 = getelementptr float, float* %e, i64 %1596
	%1598 = load float, float* %1597
	%1599 = icmp slt i32 %1564, %1592
	%1600 = select i1 %1599, i32 %1564, i32 %1592
	%1601 = add i32 %1159, %1600
	%1602 = sext i32 %1601 to i64
	%1603 = getelementptr float, float* %e, i64 %1602
	%1604 = load float, float* %1603
	%1605 = icmp slt i32 %1568, %1592
	%1606 = select i1 %1605, i32 %1568, i32 %1592
	%1607 = add i32 %1159, %1606
	%1608 = sext i32 %1607 to i64
	%1609 = getelementptr float, float* %e, i64 %1608
	%1610 = load float, float* %1609
	%1611 = icmp slt i32 %1572, %1592
	%1612 = select i1 %1611, i32 %1572, i32 %1592
	%1613 = add i32 %1159, %1612
	%1614 = sext i32 %1613 to i64
	%1615 = getelementptr float, float* %e, i64 %1614
	%1616 = load float, float* %1615
	%1617 = icmp slt i32 %1576, %1592
	%1618 = select i1 %1617, i32 %1576, i32 %1592
	%1619 = add i32 %1159, %1618
	%1620 = sext i32 %1619 to i64
	%1621 = getelementptr float, float* %e, i64 %1620
	%1622 = load float, float* %1621
	%1623 = icmp slt i32 %1580, %1592
	%1624 = select i1 %1623, i32 %1580, i32 %1592
	%1625 = add i32 %1159, %1624
	%1626 = sext i32 %1625 to i64
	%1627 = getelementptr float, float* %e, i64 %1626
	%1628 = load float, float* %1627
	%1629 = icmp slt i32 %1584, %1592
	%1630 = select i1 %1629, i32 %1584, i32 %1592
	%1631 = add i32 %1159, %1630
	%1632 = sext i32 %1631 to i64
	%1633 = getelementptr float, float* %e, i64 %1632
	%1634 = load float, float* %1633
	%1635 = icmp slt i32 %1588, %1592
	%1636 = select i1 %1635, i32 %1588, i32 %1592
	%1637 = add i32 %1159, %1636
	%1638 = sext i32 %1637 to i64
	%1639 = getelementptr float, float* %e, i64 %1638
	%1640 = load float, float* %1639
	%1641 = icmp slt i32 %1560, %NK
	%1642 = fcmp oge float %1598, 0.0
	%1643 = and i1 %1641, %1642
	%1644 = icmp sge i32 %1560, %1175
	%1645 = icmp sle i32 %1560, %1183
	%1646 = and i1 %1644, %1645
	%1647 = or i1 false, %1646
	%1648 = icmp eq i32 %1560, 0
	%1649 = or i1 %1647, %1648
	%1650 = bitcast float %1598 to i32
	%1651 = add i32 %1650, 2
	%1652 = select i1 %1649, i32 1, i32 %1651
	%1653 = select i1 %1643, i32 %1652, i32 0
	%1654 = icmp slt i32 %1564, %NK
	%1655 = fcmp oge float %1604, 0.0
	%1656 = and i1 %1654, %1655
	%1657 = icmp sge i32 %1564, %1175
	%1658 = icmp sle i32 %1564, %1183
	%1659 = and i1 %1657, %1658
	%1660 = or i1 false, %1659
	%1661 = icmp eq i32 %1564, 0
	%1662 = or i1 %1660, %1661
	%1663 = bitcast float %1604 to i32
	%1664 = add i32 %1663, 2
	%1665 = select i1 %1662, i32 1, i32 %1664
	%1666 = select i1 %1656, i32 %1665, i32 0
	%1667 = icmp slt i32 %1568, %NK
	%1668 = fcmp oge float %1610, 0.0
	%1669 = and i1 %1667, %1668
	%1670 = icmp sge i32 %1568, %1175
	%1671 = icmp sle i32 %1568, %1183
	%1672 = and i1 %1670, %1671
	%1673 = or i1 false, %1672
	%1674 = icmp eq i32 %1568, 0
	%1675 = or i1 %1673, %1674
	%1676 = bitcast float %1610 to i32
	%1677 = add i32 %1676, 2
	%1678 = select i1 %1675, i32 1, i32 %1677
	%1679 = select i1 %1669, i32 %1678, i32 0
	%1680 = icmp slt i32 %1572, %NK
	%1681 = fcmp oge float %1616, 0.0
	%1682 = and i1 %1680, %1681
	%1683 = icmp sge i32 %1572, %1175
	%1684 = icmp sle i32 %1572, %1183
	%1685 = and i1 %1683, %1684
	%1686 = or i1 false, %1685
	%1687 = icmp eq i32 %1572, 0
	%1688 = or i1 %1686, %1687
	%1689 = bitcast float %1616 to i32
	%1690 = add i32 %1689, 2
	%1691 = select i1 %1688, i32 1, i32 %1690
	%1692 = select i1 %1682, i32 %1691, i32 0
	%1693 = icmp slt i32 %1576, %NK
	%1694 = fcmp oge float %1622, 0.0
	%1695 = and i1 %1693, %1694
	%1696 = icmp sge i32 %1576, %1175
	%1697 = icmp sle i32 %1576, %1183
	%1698 = and i1 %1696, %1697
	%1699 = or i1 false, %1698
	%1700 = icmp eq i32 %1576, 0
	%1701 = or i1 %1699, %1700
	%1702 = bitcast float %1622 to i32
	%1703 = add i32 %1702, 2
	%1704 = select i1 %1701, i32 1, i32 %1703
	%1705 = select i1 %1695, i32 %1704, i32 0
	%1706 = icmp slt i32 %1580, %NK
	%1707 = fcmp oge float %1628, 0.0
	%1708 = and i1 %1706, %1707
	%1709 = icmp sge i32 %1580, %1175
	%1710 = icmp sle i32 %1580, %1183
	%1711 = and i1 %1709, %1710
	%1712 = or i1 false, %1711
	%1713 = icmp eq i32 %1580, 0
	%1714 = or i1 %1712, %1713
	%1715 = bitcast float %1628 to i32
	%1716 = add i32 %1715, 2
	%1717 = select i1 %1714, i32 1, i32 %1716
	%1718 = select i1 %1708, i32 %1717, i32 0
	%1719 = icmp slt i32 %1584, %NK
	%1720 = fcmp oge float %1634, 0.0
	%1721 = and i1 %1719, %1720
	%1722 = icmp sge i32 %1584, %1175
	%1723 = icmp sle i32 %1584, %1183
	%1724 = and i1 %1722, %1723
	%1725 = or i1 false, %1724
	%1726 = icmp eq i32 %1584, 0
	%1727 = or i1 %1725, %1726
	%1728 = bitcast float %1634 to i32
	%1729 = add i32 %1728, 2
	%1730 = select i1 %1727, i32 1, i32 %1729
	%1731 = select i1 %1721, i32 %1730, i32 0
	%1732 = icmp slt i32 %1588, %NK
	%1733 = fcmp oge float %1640, 0.0
	%1734 = and i1 %1732, %1733
	%1735 = icmp sge i32 %1588, %1175
	%1736 = icmp sle i32 %1588, %1183
	%1737 = and i1 %1735, %1736
	%1738 = or i1 false, %1737
	%1739 = icmp eq i32 %1588, 0
	%1740 = or i1 %1738, %1739
	%1741 = bitcast float %1640 to i32
	%1742 = add i32 %1741, 2
	%1743 = select i1 %1740, i32 1, i32 %1742
	%1744 = select i1 %1734, i32 %1743, i32 0
	%1745 = icmp uge i32 %1653, 2
	%1746 = and i32 %1653, %11
	%1747 = icmp eq i32 %1746, %7
	%1748 = and i1 %1745, %1747
	%1749 = lshr i32 %1653, 24
	%1750 = and i32 %1749, 255
	%1751 = select i1 %1748, i32 %1750, i32 256
	%1752 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1751)
	%1753 = shl i32 1, %3
	%1754 = sub i32 %1753, 1
	%1755 = and i32 %1752, %1754
	%1756 = icmp eq i32 %1755, 0
	%1757 = and i1 %1748, %1756
	br i1 %1757, label %1759, label %1763

1758:
	br label %1523

1759:
	%1760 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1750
	%1761 = call i32 @llvm.ctpop.i32(i32 %1752)
	%1762 = atomicrmw add i32 addrspace(3)* %1760, i32 %1761 monotonic
	br label %1763

1763:
	%1764 = icmp uge i32 %1666, 2
	%1765 = and i32 %1666, %11
	%1766 = icmp eq i32 %1765, %7
	%1767 = and i1 %1764, %1766
	%1768 = lshr i32 %1666, 24
	%1769 = and i32 %1768, 255
	%1770 = select i1 %1767, i32 %1769, i32 256
	%1771 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1770)
	%1772 = shl i32 1, %3
	%1773 = sub i32 %1772, 1
	%1774 = and i32 %1771, %1773
	%1775 = icmp eq i32 %1774, 0
	%1776 = and i1 %1767, %1775
	br i1 %1776, label %1777, label %1781

1777:
	%1778 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1769
	%1779 = call i32 @llvm.ctpop.i32(i32 %1771)
	%1780 = atomicrmw add i32 addrspace(3)* %1778, i32 %1779 monotonic
	br label %1781

1781:
	%1782 = icmp uge i32 %1679, 2
	%1783 = and i32 %1679, %11
	%1784 = icmp eq i32 %1783, %7
	%1785 = and i1 %1782, %1784
	%1786 = lshr i32 %1679, 24
	%1787 = and i32 %1786, 255
	%1788 = select i1 %1785, i32 %1787, i32 256
	%1789 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1788)
	%1790 = shl i32 1, %3
	%1791 = sub i32 %1790, 1
	%1792 = and i32 %1789, %1791
	%1793 = icmp eq i32 %1792, 0
	%1794 = and i1 %1785, %1793
	br i1 %1794, label %1795, label %1799

1795:
	%1796 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1787
	%1797 = call i32 @llvm.ctpop.i32(i32 %1789)
	%1798 = atomicrmw add i32 addrspace(3)* %1796, i32 %1797 monotonic
	br label %1799

1799:
	%1800 = icmp uge i32 %1692, 2
	%1801 = and i32 %1692, %11
	%1802 = icmp eq i32 %1801, %7
	%1803 = and i1 %1800, %1802
	%1804 = lshr i32 %1692, 24
	%1805 = and i32 %1804, 255
	%1806 = select i1 %1803, i32 %1805, i32 256
	%1807 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1806)
	%1808 = shl i32 1, %3
	%1809 = sub i32 %1808, 1
	%1810 = and i32 %1807, %1809
	%1811 = icmp eq i32 %1810, 0
	%1812 = and i1 %1803, %1811
	br i1 %1812, label %1813, label %1817

1813:
	%1814 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1805
	%1815 = call i32 @llvm.ctpop.i32(i32 %1807)
	%1816 = atomicrmw add i32 addrspace(3)* %1814, i32 %1815 monotonic
	br label %1817

1817:
	%1818 = icmp uge i32 %1705, 2
	%1819 = and i32 %1705, %11
	%1820 = icmp eq i32 %1819, %7
	%1821 = and i1 %1818, %1820
	%1822 = lshr i32 %1705, 24
	%1823 = and i32 %1822, 255
	%1824 = select i1 %1821, i32 %1823, i32 256
	%1825 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1824)
	%1826 = shl i32 1, %3
	%1827 = sub i32 %1826, 1
	%1828 = and i32 %1825, %1827
	%1829 = icmp eq i32 %1828, 0
	%1830 = and i1 %1821, %1829
	br i1 %1830, label %1831, label %1835

1831:
	%1832 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1823
	%1833 = call i32 @llvm.ctpop.i32(i32 %1825)
	%1834 = atomicrmw add i32 addrspace(3)* %1832, i32 %1833 monotonic
	br label %1835

1835:
	%1836 = icmp uge i32 %1718, 2
	%1837 = and i32 %1718, %11
	%1838 = icmp eq i32 %1837, %7
	%1839 = and i1 %1836, %1838
	%1840 = lshr i32 %1718, 24
	%1841 = and i32 %1840, 255
	%1842 = select i1 %1839, i32 %1841, i32 256
	%1843 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1842)
	%1844 = shl i32 1, %3
	%1845 = sub i32 %1844, 1
	%1846 = and i32 %1843, %1845
	%1847 = icmp eq i32 %1846, 0
	%1848 = and i1 %1839, %1847
	br i1 %1848, label %1849, label %1853

1849:
	%1850 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1841
	%1851 = call i32 @llvm.ctpop.i32(i32 %1843)
	%1852 = atomicrmw add i32 addrspace(3)* %1850, i32 %1851 monotonic
	br label %1853

1853:
	%1854 = icmp uge i32 %1731, 2
	%1855 = and i32 %1731, %11
	%1856 = icmp eq i32 %1855, %7
	%1857 = and i1 %1854, %1856
	%1858 = lshr i32 %1731, 24
	%1859 = and i32 %1858, 255
	%1860 = select i1 %1857, i32 %1859, i32 256
	%1861 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1860)
	%1862 = shl i32 1, %3
	%1863 = sub i32 %1862, 1
	%1864 = and i32 %1861, %1863
	%1865 = icmp eq i32 %1864, 0
	%1866 = and i1 %1857, %1865
	br i1 %1866, label %1867, label %1871

1867:
	%1868 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1859
	%1869 = call i32 @llvm.ctpop.i32(i32 %1861)
	%1870 = atomicrmw add i32 addrspace(3)* %1868, i32 %1869 monotonic
	br label %1871

1871:
	%1872 = icmp uge i32 %1744, 2
	%1873 = and i32 %1744, %11
	%1874 = icmp eq i32 %1873, %7
	%1875 = and i1 %1872, %1874
	%1876 = lshr i32 %1744, 24
	%1877 = and i32 %1876, 255
	%1878 = select i1 %1875, i32 %1877, i32 256
	%1879 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1878)
	%1880 = shl i32 1, %3
	%1881 = sub i32 %1880, 1
	%1882 = and i32 %1879, %1881
	%1883 = icmp eq i32 %1882, 0
	%1884 = and i1 %1875, %1883
	br i1 %1884, label %1885, label %1889

1885:
	%1886 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %1877
	%1887 = call i32 @llvm.ctpop.i32(i32 %1879)
	%1888 = atomicrmw add i32 addrspace(3)* %1886, i32 %1887 monotonic
	br label %1889

1889:
	%1890 = add i32 %1555, 2048
	br label %1554

1891:
	br label %1923

1892:
	%1893 = mul i32 %1, 8
	%1894 = add i32 %1893, 6
	%1895 = mul i32 %2, %NQ
	%1896 = add i32 %1895, %1894
	%1897 = mul i32 %1896, %NK
	%1898 = mul i32 %1894, 64
	%1899 = add i32 %1898, %off
	%1900 = add i32 %1894, 1
	%1901 = mul i32 %1900, 64
	%1902 = icmp slt i32 %1901, %M
	%1903 = select i1 %1902, i32 %1901, i32 %M
	%1904 = sub i32 %1903, 1
	%1905 = add i32 %1904, %off
	%1906 = icmp slt i32 %1899, 0
	%1907 = sub i32 0, %1899
	%1908 = sub i32 64, 1
	%1909 = add i32 %1907, %1908
	%1910 = sdiv i32 %1909, 64
	%1911 = sub i32 0, %1910
	%1912 = sdiv i32 %1899, 64
	%1913 = select i1 %1906, i32 %1911, i32 %1912
	%1914 = icmp slt i32 %1905, 0
	%1915 = sub i32 0, %1905
	%1916 = sub i32 64, 1
	%1917 = add i32 %1915, %1916
	%1918 = sdiv i32 %1917, 64
	%1919 = sub i32 0, %1918
	%1920 = sdiv i32 %1905, 64
	%1921 = select i1 %1914, i32 %1919, i32 %1920
	%1922 = icmp slt i32 %1894, %NQ
	br i1 %1922, label %2260, label %2261

1923:
	%1924 = phi i32 [ %0, %1891 ], [ %2259, %2258 ]
	%1925 = phi i32 [ 0, %1891 ], [ %1925, %2258 ]
	%1926 = icmp slt i32 %1924, %15
	br i1 %1926, label %1927, label %2127

1927:
	%1928 = sub i32 %15, 1
	%1929 = add i32 %1924, 0
	%1930 = icmp slt i32 %1929, %15
	%1931 = icmp slt i32 %1929, %1928
	%1932 = select i1 %1931, i32 %1929, i32 %1928
	%1933 = add i32 %1924, 256
	%1934 = icmp slt i32 %1933, %15
	%1935 = icmp slt i32 %1933, %1928
	%1936 = select i1 %1935, i32 %1933, i32 %1928
	%1937 = add i32 %1924, 512
	%1938 = icmp slt i32 %1937, %15
	%1939 = icmp slt i32 %1937, %1928
	%1940 = select i1 %1939, i32 %1937, i32 %1928
	%1941 = add i32 %1924, 768
	%1942 = icmp slt i32 %1941, %15
	%1943 = icmp slt i32 %1941, %1928
	%1944 = select i1 %1943, i32 %1941, i32 %1928
	%1945 = add i32 %1924, 1024
	%1946 = icmp slt i32 %1945, %15
	%1947 = icmp slt i32 %1945, %1928
	%1948 = select i1 %1947, i32 %1945, i32 %1928
	%1949 = add i32 %1924, 1280
	%1950 = icmp slt i32 %1949, %15
	%1951 = icmp slt i32 %1949, %1928
	%1952 = select i1 %1951, i32 %1949, i32 %1928
	%1953 = add i32 %1924, 1536
	%1954 = icmp slt i32 %1953, %15
	%1955 = icmp slt i32 %1953, %1928
	%1956 = select i1 %1955, i32 %1953, i32 %1928
	%1957 = add i32 %1924, 1792
	%1958 = icmp slt i32 %1957, %15
	%1959 = icmp slt i32 %1957, %1928
	%1960 = select i1 %1959, i32 %1957, i32 %1928
	%1961 = sub i32 %NK, 1
	%1962 = icmp slt i32 %1929, %1961
	%1963 = select i1 %1962, i32 %1929, i32 %1961
	%1964 = add i32 %1528, %1963
	%1965 = sext i32 %1964 to i64
	%1966 = getelementptr float, float* %e, i64 %1965
	%1967 = load float, float* %1966
	%1968 = icmp slt i32 %1933, %1961
	%1969 = select i1 %1968, i32 %1933, i32 %1961
	%1970 = add i32 %1528, %1969
	%1971 = sext i32 %1970 to i64
	%1972 = getelementptr float, float* %e, i64 %1971
	%1973 = load float, float* %1972
	%1974 = icmp slt i32 %1937, %1961
	%1975 = select i1 %1974, i32 %1937, i32 %1961
	%1976 = add i32 %1528, %1975
	%1977 = sext i32 %1976 to i64
	%1978 = getelementptr float, float* %e, i64 %1977
	%1979 = load float, float* %1978
	%1980 = icmp slt i32 %1941, %1961
	%1981 = select i1 %1980, i32 %1941, i32 %1961
	%1982 = add i32 %1528, %1981
	%1983 = sext i32 %1982 to i64
	%1984 = getelementptr float, float* %e, i64 %1983
	%1985 = load float, float* %1984
	%1986 = icmp slt i32 %1945, %1961
	%1987 = select i1 %1986, i32 %1945, i32 %1961
	%1988 = add i32 %1528, %1987
	%1989 = sext i32 %1988 to i64
	%1990 = getelementptr float, float* %e, i64 %1989
	%1991 = load float, float* %1990
	%1992 = icmp slt i32 %1949, %1961
	%1993 = select i1 %1992, i32 %1949, i32 %1961
	%1994 = add i32 %1528, %1993
	%1995 = sext i32 %1994 to i64
	%1996 = getelementptr float, float* %e, i64 %1995
	%1997 = load float, float* %1996
	%1998 = icmp slt i32 %1953, %1961
	%1999 = select i1 %1998, i32 %1953, i32 %1961
	%2000 = add i32 %1528, %1999
	%2001 = sext i32 %2000 to i64
	%2002 = getelementptr float, float* %e, i64 %2001
	%2003 = load float, float* %2002
	%2004 = icmp slt i32 %1957, %1961
	%2005 = select i1 %2004, i32 %1957, i32 %1961
	%2006 = add i32 %1528, %2005
	%2007 = sext i32 %2006 to i64
	%2008 = getelementptr float, float* %e, i64 %2007
	%2009 = load float, float* %2008
	%2010 = icmp slt i32 %1929, %NK
	%2011 = fcmp oge float %1967, 0.0
	%2012 = and i1 %2010, %2011
	%2013 = icmp sge i32 %1929, %1544
	%2014 = icmp sle i32 %1929, %1552
	%2015 = and i1 %2013, %2014
	%2016 = or i1 false, %2015
	%2017 = icmp eq i32 %1929, 0
	%2018 = or i1 %2016, %2017
	%2019 = bitcast float %1967 to i32
	%2020 = add i32 %2019, 2
	%2021 = select i1 %2018, i32 1, i32 %2020
	%2022 = select i1 %2012, i32 %2021, i32 0
	%2023 = icmp slt i32 %1933, %NK
	%2024 = fcmp oge float %1973, 0.0
	%2025 = and i1 %2023, %2024
	%2026 = icmp sge i32 %1933, %1544
	%2027 = icmp sle i32 %1933, %1552
	%2028 = and i1 %2026, %2027
	%2029 = or i1 false, %2028
	%2030 = icmp eq i32 %1933, 0
	%2031 = or i1 %2029, %2030
	%2032 = bitcast float %1973 to i32
	%2033 = add i32 %2032, 2
	%2034 = select i1 %2031, i32 1, i32 %2033
	%2035 = select i1 %2025, i32 %2034, i32 0
	%2036 = icmp slt i32 %1937, %NK
	%2037 = fcmp oge float %1979, 0.0
	%2038 = and i1 %2036, %2037
	%2039 = icmp sge i32 %1937, %1544
	%2040 = icmp sle i32 %1937, %1552
	%2041 = and i1 %2039, %2040
	%2042 = or i1 false, %2041
	%2043 = icmp eq i32 %1937, 0
	%2044 = or i1 %2042, %2043
	%2045 = bitcast float %1979 to i32
	%2046 = add i32 %2045, 2
	%2047 = select i1 %2044, i32 1, i32 %2046
	%2048 = select i1 %2038, i32 %2047, i32 0
	%2049 = icmp slt i32 %1941, %NK
	%2050 = fcmp oge float %1985, 0.0
	%2051 = and i1 %2049, %2050
	%2052 = icmp sge i32 %1941, %1544
	%2053 = icmp sle i32 %1941, %1552
	%2054 = and i1 %2052, %2053
	%2055 = or i1 false, %2054
	%2056 = icmp eq i32 %1941, 0
	%2057 = or i1 %2055, %2056
	%2058 = bitcast float %1985 to i32
	%2059 = add i32 %2058, 2
	%2060 = select i1 %2057, i32 1, i32 %2059
	%2061 = select i1 %2051, i32 %2060, i32 0
	%2062 = icmp slt i32 %1945, %NK
	%2063 = fcmp oge float %1991, 0.0
	%2064 = and i1 %2062, %2063
	%2065 = icmp sge i32 %1945, %1544
	%2066 = icmp sle i32 %1945, %1552
	%2067 = and i1 %2065, %2066
	%2068 = or i1 false, %2067
	%2069 = icmp eq i32 %1945, 0
	%2070 = or i1 %2068, %2069
	%2071 = bitcast float %1991 to i32
	%2072 = add i32 %2071, 2
	%2073 = select i1 %2070, i32 1, i32 %2072
	%2074 = select i1 %2064, i32 %2073, i32 0
	%2075 = icmp slt i32 %1949, %NK
	%2076 = fcmp oge float %1997, 0.0
	%2077 = and i1 %2075, %2076
	%2078 = icmp sge i32 %1949, %1544
	%2079 = icmp sle i32 %1949, %1552
	%2080 = and i1 %2078, %2079
	%2081 = or i1 false, %2080
	%2082 = icmp eq i32 %1949, 0
	%2083 = or i1 %2081, %2082
	%2084 = bitcast float %1997 to i32
	%2085 = add i32 %2084, 2
	%2086 = select i1 %2083, i32 1, i32 %2085
	%2087 = select i1 %2077, i32 %2086, i32 0
	%2088 = icmp slt i32 %1953, %NK
	%2089 = fcmp oge float %2003, 0.0
	%2090 = and i1 %2088, %2089
	%2091 = icmp sge i32 %1953, %1544
	%2092 = icmp sle i32 %1953, %1552
	%2093 = and i1 %2091, %2092
	%2094 = or i1 false, %2093
	%2095 = icmp eq i32 %1953, 0
	%2096 = or i1 %2094, %2095
	%2097 = bitcast float %2003 to i32
	%2098 = add i32 %2097, 2
	%2099 = select i1 %2096, i32 1, i32 %2098
	%2100 = select i1 %2090, i32 %2099, i32 0
	%2101 = icmp slt i32 %1957, %NK
	%2102 = fcmp oge float %2009, 0.0
	%2103 = and i1 %2101, %2102
	%2104 = icmp sge i32 %1957, %1544
	%2105 = icmp sle i32 %1957, %1552
	%2106 = and i1 %2104, %2105
	%2107 = or i1 false, %2106
	%2108 = icmp eq i32 %1957, 0
	%2109 = or i1 %2107, %2108
	%2110 = bitcast float %2009 to i32
	%2111 = add i32 %2110, 2
	%2112 = select i1 %2109, i32 1, i32 %2111
	%2113 = select i1 %2103, i32 %2112, i32 0
	%2114 = icmp uge i32 %2022, 2
	%2115 = and i32 %2022, %11
	%2116 = icmp eq i32 %2115, %7
	%2117 = and i1 %2114, %2116
	%2118 = lshr i32 %2022, 24
	%2119 = and i32 %2118, 255
	%2120 = select i1 %2117, i32 %2119, i32 256
	%2121 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2120)
	%2122 = shl i32 1, %3
	%2123 = sub i32 %2122, 1
	%2124 = and i32 %2121, %2123
	%2125 = icmp eq i32 %2124, 0
	%2126 = and i1 %2117, %2125
	br i1 %2126, label %2128, label %2132

2127:
	br label %1892

2128:
	%2129 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2119
	%2130 = call i32 @llvm.ctpop.i32(i32 %2121)
	%2131 = atomicrmw add i32 addrspace(3)* %2129, i32 %2130 monotonic
	br label %2132

2132:
	%2133 = icmp uge i32 %2035, 2
	%2134 = and i32 %2035, %11
	%2135 = icmp eq i32 %2134, %7
	%2136 = and i1 %2133, %2135
	%2137 = lshr i32 %2035, 24
	%2138 = and i32 %2137, 255
	%2139 = select i1 %2136, i32 %2138, i32 256
	%2140 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2139)
	%2141 = shl i32 1, %3
	%2142 = sub i32 %2141, 1
	%2143 = and i32 %2140, %2142
	%2144 = icmp eq i32 %2143, 0
	%2145 = and i1 %2136, %2144
	br i1 %2145, label %2146, label %2150

2146:
	%2147 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2138
	%2148 = call i32 @llvm.ctpop.i32(i32 %2140)
	%2149 = atomicrmw add i32 addrspace(3)* %2147, i32 %2148 monotonic
	br label %2150

2150:
	%2151 = icmp uge i32 %2048, 2
	%2152 = and i32 %2048, %11
	%2153 = icmp eq i32 %2152, %7
	%2154 = and i1 %2151, %2153
	%2155 = lshr i32 %2048, 24
	%2156 = and i32 %2155, 255
	%2157 = select i1 %2154, i32 %2156, i32 256
	%2158 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2157)
	%2159 = shl i32 1, %3
	%2160 = sub i32 %2159, 1
	%2161 = and i32 %2158, %2160
	%2162 = icmp eq i32 %2161, 0
	%2163 = and i1 %2154, %2162
	br i1 %2163, label %2164, label %2168

2164:
	%2165 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2156
	%2166 = call i32 @llvm.ctpop.i32(i32 %2158)
	%2167 = atomicrmw add i32 addrspace(3)* %2165, i32 %2166 monotonic
	br label %2168

2168:
	%2169 = icmp uge i32 %2061, 2
	%2170 = and i32 %2061, %11
	%2171 = icmp eq i32 %2170, %7
	%2172 = and i1 %2169, %2171
	%2173 = lshr i32 %2061, 24
	%2174 = and i32 %2173, 255
	%2175 = select i1 %2172, i32 %2174, i32 256
	%2176 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2175)
	%2177 = shl i32 1, %3
	%2178 = sub i32 %2177, 1
	%2179 = and i32 %2176, %2178
	%2180 = icmp eq i32 %2179, 0
	%2181 = and i1 %2172, %2180
	br i1 %2181, label %2182, label %2186

2182:
	%2183 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2174
	%2184 = call i32 @llvm.ctpop.i32(i32 %2176)
	%2185 = atomicrmw add i32 addrspace(3)* %2183, i32 %2184 monotonic
	br label %2186

2186:
	%2187 = icmp uge i32 %2074, 2
	%2188 = and i32 %2074, %11
	%2189 = icmp eq i32 %2188, %7
	%2190 = and i1 %2187, %2189
	%2191 = lshr i32 %2074, 24
	%2192 = and i32 %2191, 255
	%2193 = select i1 %2190, i32 %2192, i32 256
	%2194 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2193)
	%2195 = shl i32 1, %3
	%2196 = sub i32 %2195, 1
	%2197 = and i32 %2194, %2196
	%2198 = icmp eq i32 %2197, 0
	%2199 = and i1 %2190, %2198
	br i1 %2199, label %2200, label %2204

2200:
	%2201 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2192
	%2202 = call i32 @llvm.ctpop.i32(i32 %2194)
	%2203 = atomicrmw add i32 addrspace(3)* %2201, i32 %2202 monotonic
	br label %2204

2204:
	%2205 = icmp uge i32 %2087, 2
	%2206 = and i32 %2087, %11
	%2207 = icmp eq i32 %2206, %7
	%2208 = and i1 %2205, %2207
	%2209 = lshr i32 %2087, 24
	%2210 = and i32 %2209, 255
	%2211 = select i1 %2208, i32 %2210, i32 256
	%2212 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2211)
	%2213 = shl i32 1, %3
	%2214 = sub i32 %2213, 1
	%2215 = and i32 %2212, %2214
	%2216 = icmp eq i32 %2215, 0
	%2217 = and i1 %2208, %2216
	br i1 %2217, label %2218, label %2222

2218:
	%2219 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2210
	%2220 = call i32 @llvm.ctpop.i32(i32 %2212)
	%2221 = atomicrmw add i32 addrspace(3)* %2219, i32 %2220 monotonic
	br label %2222

2222:
	%2223 = icmp uge i32 %2100, 2
	%2224 = and i32 %2100, %11
	%2225 = icmp eq i32 %2224, %7
	%2226 = and i1 %2223, %2225
	%2227 = lshr i32 %2100, 24
	%2228 = and i32 %2227, 255
	%2229 = select i1 %2226, i32 %2228, i32 256
	%2230 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2229)
	%2231 = shl i32 1, %3
	%2232 = sub i32 %2231, 1
	%2233 = and i32 %2230, %2232
	%2234 = icmp eq i32 %2233, 0
	%2235 = and i1 %2226, %2234
	br i1 %2235, label %2236, label %2240

2236:
	%2237 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2228
	%2238 = call i32 @llvm.ctpop.i32(i32 %2230)
	%2239 = atomicrmw add i32 addrspace(3)* %2237, i32 %2238 monotonic
	br label %2240

2240:
	%2241 = icmp uge i32 %2113, 2
	%2242 = and i32 %2113, %11
	%2243 = icmp eq i32 %2242, %7
	%2244 = and i1 %2241, %2243
	%2245 = lshr i32 %2113, 24
	%2246 = and i32 %2245, 255
	%2247 = select i1 %2244, i32 %2246, i32 256
	%2248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2247)
	%2249 = shl i32 1, %3
	%2250 = sub i32 %2249, 1
	%2251 = and i32 %2248, %2250
	%2252 = icmp eq i32 %2251, 0
	%2253 = and i1 %2244, %2252
	br i1 %2253, label %2254, label %2258

2254:
	%2255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2246
	%2256 = call i32 @llvm.ctpop.i32(i32 %2248)
	%2257 = atomicrmw add i32 addrspace(3)* %2255, i32 %2256 monotonic
	br label %2258

2258:
	%2259 = add i32 %1924, 2048
	br label %1923

2260:
	br label %2292

2261:
	%2262 = mul i32 %1, 8
	%2263 = add i32 %2262, 7
	%2264 = mul i32 %2, %NQ
	%2265 = add i32 %2264, %2263
	%2266 = mul i32 %2265, %NK
	%2267 = mul i32 %2263, 64
	%2268 = add i32 %2267, %off
	%2269 = add i32 %2263, 1
	%2270 = mul i32 %2269, 64
	%2271 = icmp slt i32 %2270, %M
	%2272 = select i1 %2271, i32 %2270, i32 %M
	%2273 = sub i32 %2272, 1
	%2274 = add i32 %2273, %off
	%2275 = icmp slt i32 %2268, 0
	%2276 = sub i32 0, %2268
	%2277 = sub i32 64, 1
	%2278 = add i32 %2276, %2277
	%2279 = sdiv i32 %2278, 64
	%2280 = sub i32 0, %2279
	%2281 = sdiv i32 %2268, 64
	%2282 = select i1 %2275, i32 %2280, i32 %2281
	%2283 = icmp slt i32 %2274, 0
	%2284 = sub i32 0, %2274
	%2285 = sub i32 64, 1
	%2286 = add i32 %2284, %2285
	%2287 = sdiv i32 %2286, 64
	%2288 = sub i32 0, %2287
	%2289 = sdiv i32 %2274, 64
	%2290 = select i1 %2283, i32 %2288, i32 %2289
	%2291 = icmp slt i32 %2263, %NQ
	br i1 %2291, label %2629, label %2630

2292:
	%2293 = phi i32 [ %0, %2260 ], [ %2628, %2627 ]
	%2294 = phi i32 [ 0, %2260 ], [ %2294, %2627 ]
	%2295 = icmp slt i32 %2293, %15
	br i1 %2295, label %2296, label %2496

2296:
	%2297 = sub i32 %15, 1
	%2298 = add i32 %2293, 0
	%2299 = icmp slt i32 %2298, %15
	%2300 = icmp slt i32 %2298, %2297
	%2301 = select i1 %2300, i32 %2298, i32 %2297
	%2302 = add i32 %2293, 256
	%2303 = icmp slt i32 %2302, %15
	%2304 = icmp slt i32 %2302, %2297
	%2305 = select i1 %2304, i32 %2302, i32 %2297
	%2306 = add i32 %2293, 512
	%2307 = icmp slt i32 %2306, %15
	%2308 = icmp slt i32 %2306, %2297
	%2309 = select i1 %2308, i32 %2306, i32 %2297
	%2310 = add i32 %2293, 768
	%2311 = icmp slt i32 %2310, %15
	%2312 = icmp slt i32 %2310, %2297
	%2313 = select i1 %2312, i32 %2310, i32 %2297
	%2314 = add i32 %2293, 1024
	%2315 = icmp slt i32 %2314, %15
	%2316 = icmp slt i32 %2314, %2297
	%2317 = select i1 %2316, i32 %2314, i32 %2297
	%2318 = add i32 %2293, 1280
	%2319 = icmp slt i32 %2318, %15
	%2320 = icmp slt i32 %2318, %2297
	%2321 = select i1 %2320, i32 %2318, i32 %2297
	%2322 = add i32 %2293, 1536
	%2323 = icmp slt i32 %2322, %15
	%2324 = icmp slt i32 %2322, %2297
	%2325 = select i1 %2324, i32 %2322, i32 %2297
	%2326 = add i32 %2293, 1792
	%2327 = icmp slt i32 %2326, %15
	%2328 = icmp slt i32 %2326, %2297
	%2329 = select i1 %2328, i32 %2326, i32 %2297
	%2330 = sub i32 %NK, 1
	%2331 = icmp slt i32 %2298, %2330
	%2332 = select i1 %2331, i32 %2298, i32 %2330
	%2333 = add i32 %1897, %2332
	%2334 = sext i32 %2333 to i64
	%2335 = getelementptr float, float* %e, i64 %2334
	%2336 = load float, float* %2335
	%2337 = icmp slt i32 %2302, %2330
	%2338 = select i1 %2337, i32 %2302, i32 %2330
	%2339 = add i32 %1897, %2338
	%2340 = sext i32 %2339 to i64
	%2341 = getelementptr float, float* %e, i64 %2340
	%2342 = load float, float* %2341
	%2343 = icmp slt i32 %2306, %2330
	%2344 = select i1 %2343, i32 %2306, i32 %2330
	%2345 = add i32 %1897, %2344
	%2346 = sext i32 %2345 to i64
	%2347 = getelementptr float, float* %e, i64 %2346
	%2348 = load float, float* %2347
	%2349 = icmp slt i32 %2310, %2330
	%2350 = select i1 %2349, i32 %2310, i32 %2330
	%2351 = add i32 %1897, %2350
	%2352 = sext i32 %2351 to i64
	%2353 = getelementptr float, float* %e, i64 %2352
	%2354 = load float, float* %2353
	%2355 = icmp slt i32 %2314, %2330
	%2356 = select i1 %2355, i32 %2314, i32 %2330
	%2357 = add i32 %1897, %2356
	%2358 = sext i32 %2357 to i64
	%2359 = getelementptr float, float* %e, i64 %2358
	%2360 = load float, float* %2359
	%2361 = icmp slt i32 %2318, %2330
	%2362 = select i1 %2361, i32 %2318, i32 %2330
	%2363 = add i32 %1897, %2362
	%2364 = sext i32 %2363 to i64
	%2365 = getelementptr float, float* %e, i64 %2364
	%2366 = load float, float* %2365
	%2367 = icmp slt i32 %2322, %2330
	%2368 = select i1 %2367, i32 %2322, i32 %2330
	%2369 = add i32 %1897, %2368
	%2370 = sext i32 %2369 to i64
	%2371 = getelementptr float, float* %e, i64 %2370
	%2372 = load float, float* %2371
	%2373 = icmp slt i32 %2326, %2330
	%2374 = select i1 %2373, i32 %2326, i32 %2330
	%2375 = add i32 %1897, %2374
	%2376 = sext i32 %2375 to i64
	%2377 = getelementptr float, float* %e, i64 %2376
	%2378 = load float, float* %2377
	%2379 = icmp slt i32 %2298, %NK
	%2380 = fcmp oge float %2336, 0.0
	%2381 = and i1 %2379, %2380
	%2382 = icmp sge i32 %2298, %1913
	%2383 = icmp sle i32 %2298, %1921
	%2384 = and i1 %2382, %2383
	%2385 = or i1 false, %2384
	%2386 = icmp eq i32 %2298, 0
	%2387 = or i1 %2385, %2386
	%2388 = bitcast float %2336 to i32
	%2389 = add i32 %2388, 2
	%2390 = select i1 %2387, i32 1, i32 %2389
	%2391 = select i1 %2381, i32 %2390, i32 0
	%2392 = icmp slt i32 %2302, %NK
	%2393 = fcmp oge float %2342, 0.0
	%2394 = and i1 %2392, %2393
	%2395 = icmp sge i32 %2302, %1913
	%2396 = icmp sle i32 %2302, %1921
	%2397 = and i1 %2395, %2396
	%2398 = or i1 false, %2397
	%2399 = icmp eq i32 %2302, 0
	%2400 = or i1 %2398, %2399
	%2401 = bitcast float %2342 to i32
	%2402 = add i32 %2401, 2
	%2403 = select i1 %2400, i32 1, i32 %2402
	%2404 = select i1 %2394, i32 %2403, i32 0
	%2405 = icmp slt i32 %2306, %NK
	%2406 = fcmp oge float %2348, 0.0
	%2407 = and i1 %2405, %2406
	%2408 = icmp sge i32 %2306, %1913
	%2409 = icmp sle i32 %2306, %1921
	%2410 = and i1 %2408, %2409
	%2411 = or i1 false, %2410
	%2412 = icmp eq i32 %2306, 0
	%2413 = or i1 %2411, %2412
	%2414 = bitcast float %2348 to i32
	%2415 = add i32 %2414, 2
	%2416 = select i1 %2413, i32 1, i32 %2415
	%2417 = select i1 %2407, i32 %2416, i32 0
	%2418 = icmp slt i32 %2310, %NK
	%2419 = fcmp oge float %2354, 0.0
	%2420 = and i1 %2418, %2419
	%2421 = icmp sge i32 %2310, %1913
	%2422 = icmp sle i32 %2310, %1921
	%2423 = and i1 %2421, %2422
	%2424 = or i1 false, %2423
	%2425 = icmp eq i32 %2310, 0
	%2426 = or i1 %2424, %2425
	%2427 = bitcast float %2354 to i32
	%2428 = add i32 %2427, 2
	%2429 = select i1 %2426, i32 1, i32 %2428
	%2430 = select i1 %2420, i32 %2429, i32 0
	%2431 = icmp slt i32 %2314, %NK
	%2432 = fcmp oge float %2360, 0.0
	%2433 = and i1 %2431, %2432
	%2434 = icmp sge i32 %2314, %1913
	%2435 = icmp sle i32 %2314, %1921
	%2436 = and i1 %2434, %2435
	%2437 = or i1 false, %2436
	%2438 = icmp eq i32 %2314, 0
	%2439 = or i1 %2437, %2438
	%2440 = bitcast float %2360 to i32
	%2441 = add i32 %2440, 2
	%2442 = select i1 %2439, i32 1, i32 %2441
	%2443 = select i1 %2433, i32 %2442, i32 0
	%2444 = icmp slt i32 %2318, %NK
	%2445 = fcmp oge float %2366, 0.0
	%2446 = and i1 %2444, %2445
	%2447 = icmp sge i32 %2318, %1913
	%2448 = icmp sle i32 %2318, %1921
	%2449 = and i1 %2447, %2448
	%2450 = or i1 false, %2449
	%2451 = icmp eq i32 %2318, 0
	%2452 = or i1 %2450, %2451
	%2453 = bitcast float %2366 to i32
	%2454 = add i32 %2453, 2
	%2455 = select i1 %2452, i32 1, i32 %2454
	%2456 = select i1 %2446, i32 %2455, i32 0
	%2457 = icmp slt i32 %2322, %NK
	%2458 = fcmp oge float %2372, 0.0
	%2459 = and i1 %2457, %2458
	%2460 = icmp sge i32 %2322, %1913
	%2461 = icmp sle i32 %2322, %1921
	%2462 = and i1 %2460, %2461
	%2463 = or i1 false, %2462
	%2464 = icmp eq i32 %2322, 0
	%2465 = or i1 %2463, %2464
	%2466 = bitcast float %2372 to i32
	%2467 = add i32 %2466, 2
	%2468 = select i1 %2465, i32 1, i32 %2467
	%2469 = select i1 %2459, i32 %2468, i32 0
	%2470 = icmp slt i32 %2326, %NK
	%2471 = fcmp oge float %2378, 0.0
	%2472 = and i1 %2470, %2471
	%2473 = icmp sge i32 %2326, %1913
	%2474 = icmp sle i32 %2326, %1921
	%2475 = and i1 %2473, %2474
	%2476 = or i1 false, %2475
	%2477 = icmp eq i32 %2326, 0
	%2478 = or i1 %2476, %2477
	%2479 = bitcast float %2378 to i32
	%2480 = add i32 %2479, 2
	%2481 = select i1 %2478, i32 1, i32 %2480
	%2482 = select i1 %2472, i32 %2481, i32 0
	%2483 = icmp uge i32 %2391, 2
	%2484 = and i32 %2391, %11
	%2485 = icmp eq i32 %2484, %7
	%2486 = and i1 %2483, %2485
	%2487 = lshr i32 %2391, 24
	%2488 = and i32 %2487, 255
	%2489 = select i1 %2486, i32 %2488, i32 256
	%2490 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2489)
	%2491 = shl i32 1, %3
	%2492 = sub i32 %2491, 1
	%2493 = and i32 %2490, %2492
	%2494 = icmp eq i32 %2493, 0
	%2495 = and i1 %2486, %2494
	br i1 %2495, label %2497, label %2501

2496:
	br label %2261

2497:
	%2498 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2488
	%2499 = call i32 @llvm.ctpop.i32(i32 %2490)
	%2500 = atomicrmw add i32 addrspace(3)* %2498, i32 %2499 monotonic
	br label %2501

2501:
	%2502 = icmp uge i32 %2404, 2
	%2503 = and i32 %2404, %11
	%2504 = icmp eq i32 %2503, %7
	%2505 = and i1 %2502, %2504
	%2506 = lshr i32 %2404, 24
	%2507 = and i32 %2506, 255
	%2508 = select i1 %2505, i32 %2507, i32 256
	%2509 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2508)
	%2510 = shl i32 1, %3
	%2511 = sub i32 %2510, 1
	%2512 = and i32 %2509, %2511
	%2513 = icmp eq i32 %2512, 0
	%2514 = and i1 %2505, %2513
	br i1 %2514, label %2515, label %2519

2515:
	%2516 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2507
	%2517 = call i32 @llvm.ctpop.i32(i32 %2509)
	%2518 = atomicrmw add i32 addrspace(3)* %2516, i32 %2517 monotonic
	br label %2519

2519:
	%2520 = icmp uge i32 %2417, 2
	%2521 = and i32 %2417, %11
	%2522 = icmp eq i32 %2521, %7
	%2523 = and i1 %2520, %2522
	%2524 = lshr i32 %2417, 24
	%2525 = and i32 %2524, 255
	%2526 = select i1 %2523, i32 %2525, i32 256
	%2527 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2526)
	%2528 = shl i32 1, %3
	%2529 = sub i32 %2528, 1
	%2530 = and i32 %2527, %2529
	%2531 = icmp eq i32 %2530, 0
	%2532 = and i1 %2523, %2531
	br i1 %2532, label %2533, label %2537

2533:
	%2534 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2525
	%2535 = call i32 @llvm.ctpop.i32(i32 %2527)
	%2536 = atomicrmw add i32 addrspace(3)* %2534, i32 %2535 monotonic
	br label %2537

2537:
	%2538 = icmp uge i32 %2430, 2
	%2539 = and i32 %2430, %11
	%2540 = icmp eq i32 %2539, %7
	%2541 = and i1 %2538, %2540
	%2542 = lshr i32 %2430, 24
	%2543 = and i32 %2542, 255
	%2544 = select i1 %2541, i32 %2543, i32 256
	%2545 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2544)
	%2546 = shl i32 1, %3
	%2547 = sub i32 %2546, 1
	%2548 = and i32 %2545, %2547
	%2549 = icmp eq i32 %2548, 0
	%2550 = and i1 %2541, %2549
	br i1 %2550, label %2551, label %2555

2551:
	%2552 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2543
	%2553 = call i32 @llvm.ctpop.i32(i32 %2545)
	%2554 = atomicrmw add i32 addrspace(3)* %2552, i32 %2553 monotonic
	br label %2555

2555:
	%2556 = icmp uge i32 %2443, 2
	%2557 = and i32 %2443, %11
	%2558 = icmp eq i32 %2557, %7
	%2559 = and i1 %2556, %2558
	%2560 = lshr i32 %2443, 24
	%2561 = and i32 %2560, 255
	%2562 = select i1 %2559, i32 %2561, i32 256
	%2563 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2562)
	%2564 = shl i32 1, %3
	%2565 = sub i32 %2564, 1
	%2566 = and i32 %2563, %2565
	%2567 = icmp eq i32 %2566, 0
	%2568 = and i1 %2559, %2567
	br i1 %2568, label %2569, label %2573

2569:
	%2570 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2561
	%2571 = call i32 @llvm.ctpop.i32(i32 %2563)
	%2572 = atomicrmw add i32 addrspace(3)* %2570, i32 %2571 monotonic
	br label %2573

2573:
	%2574 = icmp uge i32 %2456, 2
	%2575 = and i32 %2456, %11
	%2576 = icmp eq i32 %2575, %7
	%2577 = and i1 %2574, %2576
	%2578 = lshr i32 %2456, 24
	%2579 = and i32 %2578, 255
	%2580 = select i1 %2577, i32 %2579, i32 256
	%2581 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2580)
	%2582 = shl i32 1, %3
	%2583 = sub i32 %2582, 1
	%2584 = and i32 %2581, %2583
	%2585 = icmp eq i32 %2584, 0
	%2586 = and i1 %2577, %2585
	br i1 %2586, label %2587, label %2591

2587:
	%2588 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2579
	%2589 = call i32 @llvm.ctpop.i32(i32 %2581)
	%2590 = atomicrmw add i32 addrspace(3)* %2588, i32 %2589 monotonic
	br label %2591

2591:
	%2592 = icmp uge i32 %2469, 2
	%2593 = and i32 %2469, %11
	%2594 = icmp eq i32 %2593, %7
	%2595 = and i1 %2592, %2594
	%2596 = lshr i32 %2469, 24
	%2597 = and i32 %2596, 255
	%2598 = select i1 %2595, i32 %2597, i32 256
	%2599 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2598)
	%2600 = shl i32 1, %3
	%2601 = sub i32 %2600, 1
	%2602 = and i32 %2599, %2601
	%2603 = icmp eq i32 %2602, 0
	%2604 = and i1 %2595, %2603
	br i1 %2604, label %2605, label %2609

2605:
	%2606 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2597
	%2607 = call i32 @llvm.ctpop.i32(i32 %2599)
	%2608 = atomicrmw add i32 addrspace(3)* %2606, i32 %2607 monotonic
	br label %2609

2609:
	%2610 = icmp uge i32 %2482, 2
	%2611 = and i32 %2482, %11
	%2612 = icmp eq i32 %2611, %7
	%2613 = and i1 %2610, %2612
	%2614 = lshr i32 %2482, 24
	%2615 = and i32 %2614, 255
	%2616 = select i1 %2613, i32 %2615, i32 256
	%2617 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2616)
	%2618 = shl i32 1, %3
	%2619 = sub i32 %2618, 1
	%2620 = and i32 %2617, %2619
	%2621 = icmp eq i32 %2620, 0
	%2622 = and i1 %2613, %2621
	br i1 %2622, label %2623, label %2627

2623:
	%2624 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2615
	%2625 = call i32 @llvm.ctpop.i32(i32 %2617)
	%2626 = atomicrmw add i32 addrspace(3)* %2624, i32 %2625 monotonic
	br label %2627

2627:
	%2628 = add i32 %2293, 2048
	br label %2292

2629:
	br label %2634

2630:
	call void @llvm.nvvm.barrier0()
	%2631 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %0
	%2632 = load i32, i32 addrspace(3)* %2631
	%2633 = icmp ne i32 %2632, 0
	br i1 %2633, label %2971, label %2977

2634:
	%2635 = phi i32 [ %0, %2629 ], [ %2970, %2969 ]
	%2636 = phi i32 [ 0, %2629 ], [ %2636, %2969 ]
	%2637 = icmp slt i32 %2635, %15
	br i1 %2637, label %2638, label %2838

2638:
	%2639 = sub i32 %15, 1
	%2640 = add i32 %2635, 0
	%2641 = icmp slt i32 %2640, %15
	%2642 = icmp slt i32 %2640, %2639
	%2643 = select i1 %2642, i32 %2640, i32 %2639
	%2644 = add i32 %2635, 256
	%2645 = icmp slt i32 %2644, %15
	%2646 = icmp slt i32 %2644, %2639
	%2647 = select i1 %2646, i32 %2644, i32 %2639
	%2648 = add i32 %2635, 512
	%2649 = icmp slt i32 %2648, %15
	%2650 = icmp slt i32 %2648, %2639
	%2651 = select i1 %2650, i32 %2648, i32 %2639
	%2652 = add i32 %2635, 768
	%2653 = icmp slt i32 %2652, %15
	%2654 = icmp slt i32 %2652, %2639
	%2655 = select i1 %2654, i32 %2652, i32 %2639
	%2656 = add i32 %2635, 1024
	%2657 = icmp slt i32 %2656, %15
	%2658 = icmp slt i32 %2656, %2639
	%2659 = select i1 %2658, i32 %2656, i32 %2639
	%2660 = add i32 %2635, 1280
	%2661 = icmp slt i32 %2660, %15
	%2662 = icmp slt i32 %2660, %2639
	%2663 = select i1 %2662, i32 %2660, i32 %2639
	%2664 = add i32 %2635, 1536
	%2665 = icmp slt i32 %2664, %15
	%2666 = icmp slt i32 %2664, %2639
	%2667 = select i1 %2666, i32 %2664, i32 %2639
	%2668 = add i32 %2635, 1792
	%2669 = icmp slt i32 %2668, %15
	%2670 = icmp slt i32 %2668, %2639
	%2671 = select i1 %2670, i32 %2668, i32 %2639
	%2672 = sub i32 %NK, 1
	%2673 = icmp slt i32 %2640, %2672
	%2674 = select i1 %2673, i32 %2640, i32 %2672
	%2675 = add i32 %2266, %2674
	%2676 = sext i32 %2675 to i64
	%2677 = getelementptr float, float* %e, i64 %2676
	%2678 = load float, float* %2677
	%2679 = icmp slt i32 %2644, %2672
	%2680 = select i1 %2679, i32 %2644, i32 %2672
	%2681 = add i32 %2266, %2680
	%2682 = sext i32 %2681 to i64
	%2683 = getelementptr float, float* %e, i64 %2682
	%2684 = load float, float* %2683
	%2685 = icmp slt i32 %2648, %2672
	%2686 = select i1 %2685, i32 %2648, i32 %2672
	%2687 = add i32 %2266, %2686
	%2688 = sext i32 %2687 to i64
	%2689 = getelementptr float, float* %e, i64 %2688
	%2690 = load float, float* %2689
	%2691 = icmp slt i32 %2652, %2672
	%2692 = select i1 %2691, i32 %2652, i32 %2672
	%2693 = add i32 %2266, %2692
	%2694 = sext i32 %2693 to i64
	%2695 = getelementptr float, float* %e, i64 %2694
	%2696 = load float, float* %2695
	%2697 = icmp slt i32 %2656, %2672
	%2698 = select i1 %2697, i32 %2656, i32 %2672
	%2699 = add i32 %2266, %2698
	%2700 = sext i32 %2699 to i64
	%2701 = getelementptr float, float* %e, i64 %2700
	%2702 = load float, float* %2701
	%2703 = icmp slt i32 %2660, %2672
	%2704 = select i1 %2703, i32 %2660, i32 %2672
	%2705 = add i32 %2266, %2704
	%2706 = sext i32 %2705 to i64
	%2707 = getelementptr float, float* %e, i64 %2706
	%2708 = load float, float* %2707
	%2709 = icmp slt i32 %2664, %2672
	%2710 = select i1 %2709, i32 %2664, i32 %2672
	%2711 = add i32 %2266, %2710
	%2712 = sext i32 %2711 to i64
	%2713 = getelementptr float, float* %e, i64 %2712
	%2714 = load float, float* %2713
	%2715 = icmp slt i32 %2668, %2672
	%2716 = select i1 %2715, i32 %2668, i32 %2672
	%2717 = add i32 %2266, %2716
	%2718 = sext i32 %2717 to i64
	%2719 = getelementptr float, float* %e, i64 %2718
	%2720 = load float, float* %2719
	%2721 = icmp slt i32 %2640, %NK
	%2722 = fcmp oge float %2678, 0.0
	%2723 = and i1 %2721, %2722
	%2724 = icmp sge i32 %2640, %2282
	%2725 = icmp sle i32 %2640, %2290
	%2726 = and i1 %2724, %2725
	%2727 = or i1 false, %2726
	%2728 = icmp eq i32 %2640, 0
	%2729 = or i1 %2727, %2728
	%2730 = bitcast float %2678 to i32
	%2731 = add i32 %2730, 2
	%2732 = select i1 %2729, i32 1, i32 %2731
	%2733 = select i1 %2723, i32 %2732, i32 0
	%2734 = icmp slt i32 %2644, %NK
	%2735 = fcmp oge float %2684, 0.0
	%2736 = and i1 %2734, %2735
	%2737 = icmp sge i32 %2644, %2282
	%2738 = icmp sle i32 %2644, %2290
	%2739 = and i1 %2737, %2738
	%2740 = or i1 false, %2739
	%2741 = icmp eq i32 %2644, 0
	%2742 = or i1 %2740, %2741
	%2743 = bitcast float %2684 to i32
	%2744 = add i32 %2743, 2
	%2745 = select i1 %2742, i32 1, i32 %2744
	%2746 = select i1 %2736, i32 %2745, i32 0
	%2747 = icmp slt i32 %2648, %NK
	%2748 = fcmp oge float %2690, 0.0
	%2749 = and i1 %2747, %2748
	%2750 = icmp sge i32 %2648, %2282
	%2751 = icmp sle i32 %2648, %2290
	%2752 = and i1 %2750, %2751
	%2753 = or i1 false, %2752
	%2754 = icmp eq i32 %2648, 0
	%2755 = or i1 %2753, %2754
	%2756 = bitcast float %2690 to i32
	%2757 = add i32 %2756, 2
	%2758 = select i1 %2755, i32 1, i32 %2757
	%2759 = select i1 %2749, i32 %2758, i32 0
	%2760 = icmp slt i32 %2652, %NK
	%2761 = fcmp oge float %2696, 0.0
	%2762 = and i1 %2760, %2761
	%2763 = icmp sge i32 %2652, %2282
	%2764 = icmp sle i32 %2652, %2290
	%2765 = and i1 %2763, %2764
	%2766 = or i1 false, %2765
	%2767 = icmp eq i32 %2652, 0
	%2768 = or i1 %2766, %2767
	%2769 = bitcast float %2696 to i32
	%2770 = add i32 %2769, 2
	%2771 = select i1 %2768, i32 1, i32 %2770
	%2772 = select i1 %2762, i32 %2771, i32 0
	%2773 = icmp slt i32 %2656, %NK
	%2774 = fcmp oge float %2702, 0.0
	%2775 = and i1 %2773, %2774
	%2776 = icmp sge i32 %2656, %2282
	%2777 = icmp sle i32 %2656, %2290
	%2778 = and i1 %2776, %2777
	%2779 = or i1 false, %2778
	%2780 = icmp eq i32 %2656, 0
	%2781 = or i1 %2779, %2780
	%2782 = bitcast float %2702 to i32
	%2783 = add i32 %2782, 2
	%2784 = select i1 %2781, i32 1, i32 %2783
	%2785 = select i1 %2775, i32 %2784, i32 0
	%2786 = icmp slt i32 %2660, %NK
	%2787 = fcmp oge float %2708, 0.0
	%2788 = and i1 %2786, %2787
	%2789 = icmp sge i32 %2660, %2282
	%2790 = icmp sle i32 %2660, %2290
	%2791 = and i1 %2789, %2790
	%2792 = or i1 false, %2791
	%2793 = icmp eq i32 %2660, 0
	%2794 = or i1 %2792, %2793
	%2795 = bitcast float %2708 to i32
	%2796 = add i32 %2795, 2
	%2797 = select i1 %2794, i32 1, i32 %2796
	%2798 = select i1 %2788, i32 %2797, i32 0
	%2799 = icmp slt i32 %2664, %NK
	%2800 = fcmp oge float %2714, 0.0
	%2801 = and i1 %2799, %2800
	%2802 = icmp sge i32 %2664, %2282
	%2803 = icmp sle i32 %2664, %2290
	%2804 = and i1 %2802, %2803
	%2805 = or i1 false, %2804
	%2806 = icmp eq i32 %2664, 0
	%2807 = or i1 %2805, %2806
	%2808 = bitcast float %2714 to i32
	%2809 = add i32 %2808, 2
	%2810 = select i1 %2807, i32 1, i32 %2809
	%2811 = select i1 %2801, i32 %2810, i32 0
	%2812 = icmp slt i32 %2668, %NK
	%2813 = fcmp oge float %2720, 0.0
	%2814 = and i1 %2812, %2813
	%2815 = icmp sge i32 %2668, %2282
	%2816 = icmp sle i32 %2668, %2290
	%2817 = and i1 %2815, %2816
	%2818 = or i1 false, %2817
	%2819 = icmp eq i32 %2668, 0
	%2820 = or i1 %2818, %2819
	%2821 = bitcast float %2720 to i32
	%2822 = add i32 %2821, 2
	%2823 = select i1 %2820, i32 1, i32 %2822
	%2824 = select i1 %2814, i32 %2823, i32 0
	%2825 = icmp uge i32 %2733, 2
	%2826 = and i32 %2733, %11
	%2827 = icmp eq i32 %2826, %7
	%2828 = and i1 %2825, %2827
	%2829 = lshr i32 %2733, 24
	%2830 = and i32 %2829, 255
	%2831 = select i1 %2828, i32 %2830, i32 256
	%2832 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2831)
	%2833 = shl i32 1, %3
	%2834 = sub i32 %2833, 1
	%2835 = and i32 %2832, %2834
	%2836 = icmp eq i32 %2835, 0
	%2837 = and i1 %2828, %2836
	br i1 %2837, label %2839, label %2843

2838:
	br label %2630

2839:
	%2840 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2830
	%2841 = call i32 @llvm.ctpop.i32(i32 %2832)
	%2842 = atomicrmw add i32 addrspace(3)* %2840, i32 %2841 monotonic
	br label %2843

2843:
	%2844 = icmp uge i32 %2746, 2
	%2845 = and i32 %2746, %11
	%2846 = icmp eq i32 %2845, %7
	%2847 = and i1 %2844, %2846
	%2848 = lshr i32 %2746, 24
	%2849 = and i32 %2848, 255
	%2850 = select i1 %2847, i32 %2849, i32 256
	%2851 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2850)
	%2852 = shl i32 1, %3
	%2853 = sub i32 %2852, 1
	%2854 = and i32 %2851, %2853
	%2855 = icmp eq i32 %2854, 0
	%2856 = and i1 %2847, %2855
	br i1 %2856, label %2857, label %2861

2857:
	%2858 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2849
	%2859 = call i32 @llvm.ctpop.i32(i32 %2851)
	%2860 = atomicrmw add i32 addrspace(3)* %2858, i32 %2859 monotonic
	br label %2861

2861:
	%2862 = icmp uge i32 %2759, 2
	%2863 = and i32 %2759, %11
	%2864 = icmp eq i32 %2863, %7
	%2865 = and i1 %2862, %2864
	%2866 = lshr i32 %2759, 24
	%2867 = and i32 %2866, 255
	%2868 = select i1 %2865, i32 %2867, i32 256
	%2869 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2868)
	%2870 = shl i32 1, %3
	%2871 = sub i32 %2870, 1
	%2872 = and i32 %2869, %2871
	%2873 = icmp eq i32 %2872, 0
	%2874 = and i1 %2865, %2873
	br i1 %2874, label %2875, label %2879

2875:
	%2876 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2867
	%2877 = call i32 @llvm.ctpop.i32(i32 %2869)
	%2878 = atomicrmw add i32 addrspace(3)* %2876, i32 %2877 monotonic
	br label %2879

2879:
	%2880 = icmp uge i32 %2772, 2
	%2881 = and i32 %2772, %11
	%2882 = icmp eq i32 %2881, %7
	%2883 = and i1 %2880, %2882
	%2884 = lshr i32 %2772, 24
	%2885 = and i32 %2884, 255
	%2886 = select i1 %2883, i32 %2885, i32 256
	%2887 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2886)
	%2888 = shl i32 1, %3
	%2889 = sub i32 %2888, 1
	%2890 = and i32 %2887, %2889
	%2891 = icmp eq i32 %2890, 0
	%2892 = and i1 %2883, %2891
	br i1 %2892, label %2893, label %2897

2893:
	%2894 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2885
	%2895 = call i32 @llvm.ctpop.i32(i32 %2887)
	%2896 = atomicrmw add i32 addrspace(3)* %2894, i32 %2895 monotonic
	br label %2897

2897:
	%2898 = icmp uge i32 %2785, 2
	%2899 = and i32 %2785, %11
	%2900 = icmp eq i32 %2899, %7
	%2901 = and i1 %2898, %2900
	%2902 = lshr i32 %2785, 24
	%2903 = and i32 %2902, 255
	%2904 = select i1 %2901, i32 %2903, i32 256
	%2905 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2904)
	%2906 = shl i32 1, %3
	%2907 = sub i32 %2906, 1
	%2908 = and i32 %2905, %2907
	%2909 = icmp eq i32 %2908, 0
	%2910 = and i1 %2901, %2909
	br i1 %2910, label %2911, label %2915

2911:
	%2912 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2903
	%2913 = call i32 @llvm.ctpop.i32(i32 %2905)
	%2914 = atomicrmw add i32 addrspace(3)* %2912, i32 %2913 monotonic
	br label %2915

2915:
	%2916 = icmp uge i32 %2798, 2
	%2917 = and i32 %2798, %11
	%2918 = icmp eq i32 %2917, %7
	%2919 = and i1 %2916, %2918
	%2920 = lshr i32 %2798, 24
	%2921 = and i32 %2920, 255
	%2922 = select i1 %2919, i32 %2921, i32 256
	%2923 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2922)
	%2924 = shl i32 1, %3
	%2925 = sub i32 %2924, 1
	%2926 = and i32 %2923, %2925
	%2927 = icmp eq i32 %2926, 0
	%2928 = and i1 %2919, %2927
	br i1 %2928, label %2929, label %2933

2929:
	%2930 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2921
	%2931 = call i32 @llvm.ctpop.i32(i32 %2923)
	%2932 = atomicrmw add i32 addrspace(3)* %2930, i32 %2931 monotonic
	br label %2933

2933:
	%2934 = icmp uge i32 %2811, 2
	%2935 = and i32 %2811, %11
	%2936 = icmp eq i32 %2935, %7
	%2937 = and i1 %2934, %2936
	%2938 = lshr i32 %2811, 24
	%2939 = and i32 %2938, 255
	%2940 = select i1 %2937, i32 %2939, i32 256
	%2941 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2940)
	%2942 = shl i32 1, %3
	%2943 = sub i32 %2942, 1
	%2944 = and i32 %2941, %2943
	%2945 = icmp eq i32 %2944, 0
	%2946 = and i1 %2937, %2945
	br i1 %2946, label %2947, label %2951

2947:
	%2948 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2939
	%2949 = call i32 @llvm.ctpop.i32(i32 %2941)
	%2950 = atomicrmw add i32 addrspace(3)* %2948, i32 %2949 monotonic
	br label %2951

2951:
	%2952 = icmp uge i32 %2824, 2
	%2953 = and i32 %2824, %11
	%2954 = icmp eq i32 %2953, %7
	%2955 = and i1 %2952, %2954
	%2956 = lshr i32 %2824, 24
	%2957 = and i32 %2956, 255
	%2958 = select i1 %2955, i32 %2957, i32 256
	%2959 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2958)
	%2960 = shl i32 1, %3
	%2961 = sub i32 %2960, 1
	%2962 = and i32 %2959, %2961
	%2963 = icmp eq i32 %2962, 0
	%2964 = and i1 %2955, %2963
	br i1 %2964, label %2965, label %2969

2965:
	%2966 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist24_hist, i32 0, i32 %2957
	%2967 = call i32 @llvm.ctpop.i32(i32 %2959)
	%2968 = atomicrmw add i32 addrspace(3)* %2966, i32 %2967 monotonic
	br label %2969

2969:
	%2970 = add i32 %2635, 2048
	br label %2634

2971:
	%2972 = mul i32 0, 256
	%2973 = add i32 %2972, %0
	%2974 = sext i32 %2973 to i64
	%2975 = getelementptr i32, i32* %hist, i64 %2974
	%2976 = atomicrmw add i32* %2975, i32 %2632 monotonic
	br label %2977

2977:
	ret void
}

declare i32 @llvm.nvvm.match.any.sync.i32(i32 %p0, i32 %p1)

declare i32 @llvm.ctpop.i32(i32 %p0)

define ptx_kernel void @best_select1_pick24(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick24_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 24
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF000000
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist16(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = add i32 %21, %off
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = icmp slt i32 %24, %M
	%26 = select i1 %25, i32 %24, i32 %M
	%27 = sub i32 %26, 1
	%28 = add i32 %27, %off
	%29 = icmp slt i32 %22, 0
	%30 = sub i32 0, %22
	%31 = sub i32 64, 1
	%32 = add i32 %30, %31
	%33 = sdiv i32 %32, 64
	%34 = sub i32 0, %33
	%35 = sdiv i32 %22, 64
	%36 = select i1 %29, i32 %34, i32 %35
	%37 = icmp slt i32 %28, 0
	%38 = sub i32 0, %28
	%39 = sub i32 64, 1
	%40 = add i32 %38, %39
	%41 = sdiv i32 %40, 64
	%42 = sub i32 0, %41
	%43 = sdiv i32 %28, 64
	%44 = select i1 %37, i32 %42, i32 %43
	%45 = icmp slt i32 %17, %NQ
	br i1 %45, label %46, label %47

46:
	br label %78

47:
	%48 = mul i32 %1, 8
	%49 = add i32 %48, 1
	%50 = mul i32 %2, %NQ
	%51 = add i32 %50, %49
	%52 = mul i32 %51, %NK
	%53 = mul i32 %49, 64
	%54 = add i32 %53, %off
	%55 = add i32 %49, 1
	%56 = mul i32 %55, 64
	%57 = icmp slt i32 %56, %M
	%58 = select i1 %57, i32 %56, i32 %M
	%59 = sub i32 %58, 1
	%60 = add i32 %59, %off
	%61 = icmp slt i32 %54, 0
	%62 = sub i32 0, %54
	%63 = sub i32 64, 1
	%64 = add i32 %62, %63
	%65 = sdiv i32 %64, 64
	%66 = sub i32 0, %65
	%67 = sdiv i32 %54, 64
	%68 = select i1 %61, i32 %66, i32 %67
	%69 = icmp slt i32 %60, 0
	%70 = sub i32 0, %60
	%71 = sub i32 64, 1
	%72 = add i32 %70, %71
	%73 = sdiv i32 %72, 64
	%74 = sub i32 0, %73
	%75 = sdiv i32 %60, 64
	%76 = select i1 %69, i32 %74, i32 %75
	%77 = icmp slt i32 %49, %NQ
	br i1 %77, label %415, label %416

78:
	%79 = phi i32 [ %0, %46 ], [ %414, %413 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %413 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %282

82:
	%83 = sub i32 %15, 1
	%84 = add i32 %79, 0
	%85 = icmp slt i32 %84, %15
	%86 = icmp slt i32 %84, %83
	%87 = select i1 %86, i32 %84, i32 %83
	%88 = add i32 %79, 256
	%89 = icmp slt i32 %88, %15
	%90 = icmp slt i32 %88, %83
	%91 = select i1 %90, i32 %88, i32 %83
	%92 = add i32 %79, 512
	%93 = icmp slt i32 %92, %15
	%94 = icmp slt i32 %92, %83
	%95 = select i1 %94, i32 %92, i32 %83
	%96 = add i32 %79, 768
	%97 = icmp slt i32 %96, %15
	%98 = icmp slt i32 %96, %83
	%99 = select i1 %98, i32 %96, i32 %83
	%100 = add i32 %79, 1024
	%101 = icmp slt i32 %100, %15
	%102 = icmp slt i32 %100, %83
	%103 = select i1 %102, i32 %100, i32 %83
	%104 = add i32 %79, 1280
	%105 = icmp slt i32 %104, %15
	%106 = icmp slt i32 %104, %83
	%107 = select i1 %106, i32 %104, i32 %83
	%108 = add i32 %79, 1536
	%109 = icmp slt i32 %108, %15
	%110 = icmp slt i32 %108, %83
	%111 = select i1 %110, i32 %108, i32 %83
	%112 = add i32 %79, 1792
	%113 = icmp slt i32 %112, %15
	%114 = icmp slt i32 %112, %83
	%115 = select i1 %114, i32 %112, i32 %83
	%116 = sub i32 %NK, 1
	%117 = icmp slt i32 %84, %116
	%118 = select i1 %117, i32 %84, i32 %116
	%119 = add i32 %20, %118
	%120 = sext i32 %119 to i64
	%121 = getelementptr float, float* %e, i64 %120
	%122 = load float, float* %121
	%123 = icmp slt i32 %88, %116
	%124 = select i1 %123, i32 %88, i32 %116
	%125 = add i32 %20, %124
	%126 = sext i32 %125 to i64
	%127 = getelementptr float, float* %e, i64 %126
	%128 = load float, float* %127
	%129 = icmp slt i32 %92, %116
	%130 = select i1 %129, i32 %92, i32 %116
	%131 = add i32 %20, %130
	%132 = sext i32 %131 to i64
	%133 = getelementptr float, float* %e, i64 %132
	%134 = load float, float* %133
	%135 = icmp slt i32 %96, %116
	%136 = select i1 %135, i32 %96, i32 %116
	%137 = add i32 %20, %136
	%138 = sext i32 %137 to i64
	%139 = getelementptr float, float* %e, i64 %138
	%140 = load float, float* %139
	%141 = icmp slt i32 %100, %116
	%142 = select i1 %141, i32 %100, i32 %116
	%143 = add i32 %20, %142
	%144 = sext i32 %143 to i64
	%145 = getelementptr float, float* %e, i64 %144
	%146 = load float, float* %145
	%147 = icmp slt i32 %104, %116
	%148 = select i1 %147, i32 %104, i32 %116
	%149 = add i32 %20, %148
	%150 = sext i32 %149 to i64
	%151 = getelementptr float, float* %e, i64 %150
	%152 = load float, float* %151
	%153 = icmp slt i32 %108, %116
	%154 = select i1 %153, i32 %108, i32 %116
	%155 = add i32 %20, %154
	%156 = sext i32 %155 to i64
	%157 = getelementptr float, float* %e, i64 %156
	%158 = load float, float* %157
	%159 = icmp slt i32 %112, %116
	%160 = select i1 %159, i32 %112, i32 %116
	%161 = add i32 %20, %160
	%162 = sext i32 %161 to i64
	%163 = getelementptr float, float* %e, i64 %162
	%164 = load float, float* %163
	%165 = icmp slt i32 %84, %NK
	%166 = fcmp oge float %122, 0.0
	%167 = and i1 %165, %166
	%168 = icmp sge i32 %84, %36
	%169 = icmp sle i32 %84, %44
	%170 = and i1 %168, %169
	%171 = or i1 false, %170
	%172 = icmp eq i32 %84, 0
	%173 = or i1 %171, %172
	%174 = bitcast float %122 to i32
	%175 = add i32 %174, 2
	%176 = select i1 %173, i32 1, i32 %175
	%177 = select i1 %167, i32 %176, i32 0
	%178 = icmp slt i32 %88, %NK
	%179 = fcmp oge float %128, 0.0
	%180 = and i1 %178, %179
	%181 = icmp sge i32 %88, %36
	%182 = icmp sle i32 %88, %44
	%183 = and i1 %181, %182
	%184 = or i1 false, %183
	%185 = icmp eq i32 %88, 0
	%186 = or i1 %184, %185
	%187 = bitcast float %128 to i32
	%188 = add i32 %187, 2
	%189 = select i1 %186, i32 1, i32 %188
	%190 = select i1 %180, i32 %189, i32 0
	%191 = icmp slt i32 %92, %NK
	%192 = fcmp oge float %134, 0.0
	%193 = and i1 %191, %192
	%194 = icmp sge i32 %92, %36
	%195 = icmp sle i32 %92, %44
	%196 = and i1 %194, %195
	%197 = or i1 false, %196
	%198 = icmp eq i32 %92, 0
	%199 = or i1 %197, %198
	%200 = bitcast float %134 to i32
	%201 = add i32 %200, 2
	%202 = select i1 %199, i32 1, i32 %201
	%203 = select i1 %193, i32 %202, i32 0
	%204 = icmp slt i32 %96, %NK
	%205 = fcmp oge float %140, 0.0
	%206 = and i1 %204, %205
	%207 = icmp sge i32 %96, %36
	%208 = icmp sle i32 %96, %44
	%209 = and i1 %207, %208
	%210 = or i1 false, %209
	%211 = icmp eq i32 %96, 0
	%212 = or i1 %210, %211
	%213 = bitcast float %140 to i32
	%214 = add i32 %213, 2
	%215 = select i1 %212, i32 1, i32 %214
	%216 = select i1 %206, i32 %215, i32 0
	%217 = icmp slt i32 %100, %NK
	%218 = fcmp oge float %146, 0.0
	%219 = and i1 %217, %218
	%220 = icmp sge i32 %100, %36
	%221 = icmp sle i32 %100, %44
	%222 = and i1 %220, %221
	%223 = or i1 false, %222
	%224 = icmp eq i32 %100, 0
	%225 = or i1 %223, %224
	%226 = bitcast float %146 to i32
	%227 = add i32 %226, 2
	%228 = select i1 %225, i32 1, i32 %227
	%229 = select i1 %219, i32 %228, i32 0
	%230 = icmp slt i32 %104, %NK
	%231 = fcmp oge float %152, 0.0
	%232 = and i1 %230, %231
	%233 = icmp sge i32 %104, %36
	%234 = icmp sle i32 %104, %44
	%235 = and i1 %233, %234
	%236 = or i1 false, %235
	%237 = icmp eq i32 %104, 0
	%238 = or i1 %236, %237
	%239 = bitcast float %152 to i32
	%240 = add i32 %239, 2
	%241 = select i1 %238, i32 1, i32 %240
	%242 = select i1 %232, i32 %241, i32 0
	%243 = icmp slt i32 %108, %NK
	%244 = fcmp oge float %158, 0.0
	%245 = and i1 %243, %244
	%246 = icmp sge i32 %108, %36
	%247 = icmp sle i32 %108, %44
	%248 = and i1 %246, %247
	%249 = or i1 false, %248
	%250 = icmp eq i32 %108, 0
	%251 = or i1 %249, %250
	%252 = bitcast float %158 to i32
	%253 = add i32 %252, 2
	%254 = select i1 %251, i32 1, i32 %253
	%255 = select i1 %245, i32 %254, i32 0
	%256 = icmp slt i32 %112, %NK
	%257 = fcmp oge float %164, 0.0
	%258 = and i1 %256, %257
	%259 = icmp sge i32 %112, %36
	%260 = icmp sle i32 %112, %44
	%261 = and i1 %259, %260
	%262 = or i1 false, %261
	%263 = icmp eq i32 %112, 0
	%264 = or i1 %262, %263
	%265 = bitcast float %164 to i32
	%266 = add i32 %265, 2
	%267 = select i1 %264, i32 1, i32 %266
	%268 = select i1 %258, i32 %267, i32 0
	%269 = icmp uge i32 %177, 2
	%270 = and i32 %177, %11
	%271 = icmp eq i32 %270, %7
	%272 = and i1 %269, %271
	%273 = lshr i32 %177, 16
	%274 = and i32 %273, 255
	%275 = select i1 %272, i32 %274, i32 256
	%276 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %275)
	%277 = shl i32 1, %3
	%278 = sub i32 %277, 1
	%279 = and i32 %276, %278
	%280 = icmp eq i32 %279, 0
	%281 = and i1 %272, %280
	br i1 %281, label %283, label %287

282:
	br label %47

283:
	%284 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %274
	%285 = call i32 @llvm.ctpop.i32(i32 %276)
	%286 = atomicrmw add i32 addrspace(3)* %284, i32 %285 monotonic
	br label %287

287:
	%288 = icmp uge i32 %190, 2
	%289 = and i32 %190, %11
	%290 = icmp eq i32 %289, %7
	%291 = and i1 %288, %290
	%292 = lshr i32 %190, 16
	%293 = and i32 %292, 255
	%294 = select i1 %291, i32 %293, i32 256
	%295 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %294)
	%296 = shl i32 1, %3
	%297 = sub i32 %296, 1
	%298 = and i32 %295, %297
	%299 = icmp eq i32 %298, 0
	%300 = and i1 %291, %299
	br i1 %300, label %301, label %305

301:
	%302 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %293
	%303 = call i32 @llvm.ctpop.i32(i32 %295)
	%304 = atomicrmw add i32 addrspace(3)* %302, i32 %303 monotonic
	br label %305

305:
	%306 = icmp uge i32 %203, 2
	%307 = and i32 %203, %11
	%308 = icmp eq i32 %307, %7
	%309 = and i1 %306, %308
	%310 = lshr i32 %203, 16
	%311 = and i32 %310, 255
	%312 = select i1 %309, i32 %311, i32 256
	%313 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %312)
	%314 = shl i32 1, %3
	%315 = sub i32 %314, 1
	%316 = and i32 %313, %315
	%317 = icmp eq i32 %316, 0
	%318 = and i1 %309, %317
	br i1 %318, label %319, label %323

319:
	%320 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %311
	%321 = call i32 @llvm.ctpop.i32(i32 %313)
	%322 = atomicrmw add i32 addrspace(3)* %320, i32 %321 monotonic
	br label %323

323:
	%324 = icmp uge i32 %216, 2
	%325 = and i32 %216, %11
	%326 = icmp eq i32 %325, %7
	%327 = and i1 %324, %326
	%328 = lshr i32 %216, 16
	%329 = and i32 %328, 255
	%330 = select i1 %327, i32 %329, i32 256
	%331 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %330)
	%332 = shl i32 1, %3
	%333 = sub i32 %332, 1
	%334 = and i32 %331, %333
	%335 = icmp eq i32 %334, 0
	%336 = and i1 %327, %335
	br i1 %336, label %337, label %341

337:
	%338 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %329
	%339 = call i32 @llvm.ctpop.i32(i32 %331)
	%340 = atomicrmw add i32 addrspace(3)* %338, i32 %339 monotonic
	br label %341

341:
	%342 = icmp uge i32 %229, 2
	%343 = and i32 %229, %11
	%344 = icmp eq i32 %343, %7
	%345 = and i1 %342, %344
	%346 = lshr i32 %229, 16
	%347 = and i32 %346, 255
	%348 = select i1 %345, i32 %347, i32 256
	%349 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %348)
	%350 = shl i32 1, %3
	%351 = sub i32 %350, 1
	%352 = and i32 %349, %351
	%353 = icmp eq i32 %352, 0
	%354 = and i1 %345, %353
	br i1 %354, label %355, label %359

355:
	%356 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %347
	%357 = call i32 @llvm.ctpop.i32(i32 %349)
	%358 = atomicrmw add i32 addrspace(3)* %356, i32 %357 monotonic
	br label %359

359:
	%360 = icmp uge i32 %242, 2
	%361 = and i32 %242, %11
	%362 = icmp eq i32 %361, %7
	%363 = and i1 %360, %362
	%364 = lshr i32 %242, 16
	%365 = and i32 %364, 255
	%366 = select i1 %363, i32 %365, i32 256
	%367 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %366)
	%368 = shl i32 1, %3
	%369 = sub i32 %368, 1
	%370 = and i32 %367, %369
	%371 = icmp eq i32 %370, 0
	%372 = and i1 %363, %371
	br i1 %372, label %373, label %377

373:
	%374 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %365
	%375 = call i32 @llvm.ctpop.i32(i32 %367)
	%376 = atomicrmw add i32 addrspace(3)* %374, i32 %375 monotonic
	br label %377

377:
	%378 = icmp uge i32 %255, 2
	%379 = and i32 %255, %11
	%380 = icmp eq i32 %379, %7
	%381 = and i1 %378, %380
	%382 = lshr i32 %255, 16
	%383 = and i32 %382, 255
	%384 = select i1 %381, i32 %383, i32 256
	%385 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %384)
	%386 = shl i32 1, %3
	%387 = sub i32 %386, 1
	%388 = and i32 %385, %387
	%389 = icmp eq i32 %388, 0
	%390 = and i1 %381, %389
	br i1 %390, label %391, label %395

391:
	%392 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %383
	%393 = call i32 @llvm.ctpop.i32(i32 %385)
	%394 = atomicrmw add i32 addrspace(3)* %392, i32 %393 monotonic
	br label %395

395:
	%396 = icmp uge i32 %268, 2
	%397 = and i32 %268, %11
	%398 = icmp eq i32 %397, %7
	%399 = and i1 %396, %398
	%400 = lshr i32 %268, 16
	%401 = and i32 %400, 255
	%402 = select i1 %399, i32 %401, i32 256
	%403 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %402)
	%404 = shl i32 1, %3
	%405 = sub i32 %404, 1
	%406 = and i32 %403, %405
	%407 = icmp eq i32 %406, 0
	%408 = and i1 %399, %407
	br i1 %408, label %409, label %413

409:
	%410 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %401
	%411 = call i32 @llvm.ctpop.i32(i32 %403)
	%412 = atomicrmw add i32 addrspace(3)* %410, i32 %411 monotonic
	br label %413

413:
	%414 = add i32 %79, 2048
	br label %78

415:
	br label %447

416:
	%417 = mul i32 %1, 8
	%418 = add i32 %417, 2
	%419 = mul i32 %2, %NQ
	%420 = add i32 %419, %418
	%421 = mul i32 %420, %NK
	%422 = mul i32 %418, 64
	%423 = add i32 %422, %off
	%424 = add i32 %418, 1
	%425 = mul i32 %424, 64
	%426 = icmp slt i32 %425, %M
	%427 = select i1 %426, i32 %425, i32 %M
	%428 = sub i32 %427, 1
	%429 = add i32 %428, %off
	%430 = icmp slt i32 %423, 0
	%431 = sub i32 0, %423
	%432 = sub i32 64, 1
	%433 = add i32 %431, %432
	%434 = sdiv i32 %433, 64
	%435 = sub i32 0, %434
	%436 = sdiv i32 %423, 64
	%437 = select i1 %430, i32 %435, i32 %436
	%438 = icmp slt i32 %429, 0
	%439 = sub i32 0, %429
	%440 = sub i32 64, 1
	%441 = add i32 %439, %440
	%442 = sdiv i32 %441, 64
	%443 = sub i32 0, %442
	%444 = sdiv i32 %429, 64
	%445 = select i1 %438, i32 %443, i32 %444
	%446 = icmp slt i32 %418, %NQ
	br i1 %446, label %784, label %785

447:
	%448 = phi i32 [ %0, %415 ], [ %783, %782 ]
	%449 = phi i32 [ 0, %415 ], [ %449, %782 ]
	%450 = icmp slt i32 %448, %15
	br i1 %450, label %451, label %651

451:
	%452 = sub i32 %15, 1
	%453 = add i32 %448, 0
	%454 = icmp slt i32 %453, %15
	%455 = icmp slt i32 %453, %452
	%456 = select i1 %455, i32 %453, i32 %452
	%457 = add i32 %448, 256
	%458 = icmp slt i32 %457, %15
	%459 = icmp slt i32 %457, %452
	%460 = select i1 %459, i32 %457, i32 %452
	%461 = add i32 %448, 512
	%462 = icmp slt i32 %461, %15
	%463 = icmp slt i32 %461, %452
	%464 = select i1 %463, i32 %461, i32 %452
	%465 = add i32 %448, 768
	%466 = icmp slt i32 %465, %15
	%467 = icmp slt i32 %465, %452
	%468 = select i1 %467, i32 %465, i32 %452
	%469 = add i32 %448, 1024
	%470 = icmp slt i32 %469, %15
	%471 = icmp slt i32 %469, %452
	%472 = select i1 %471, i32 %469, i32 %452
	%473 = add i32 %448, 1280
	%474 = icmp slt i32 %473, %15
	%475 = icmp slt i32 %473, %452
	%476 = select i1 %475, i32 %473, i32 %452
	%477 = add i32 %448, 1536
	%478 = icmp slt i32 %477, %15
	%479 = icmp slt i32 %477, %452
	%480 = select i1 %479, i32 %477, i32 %452
	%481 = add i32 %448, 1792
	%482 = icmp slt i32 %481, %15
	%483 = icmp slt i32 %481, %452
	%484 = select i1 %483, i32 %481, i32 %452
	%485 = sub i32 %NK, 1
	%486 = icmp slt i32 %453, %485
	%487 = select i1 %486, i32 %453, i32 %485
	%488 = add i32 %52, %487
	%489 = sext i32 %488 to i64
	%490 = getelementptr float, float* %e, i64 %489
	%491 = load float, float* %490
	%492 = icmp slt i32 %457, %485
	%493 = select i1 %492, i32 %457, i32 %485
	%494 = add i32 %52, %493
	%495 = sext i32 %494 to i64
	%496 = getelementptr float, float* %e, i64 %495
	%497 = load float, float* %496
	%498 = icmp slt i32 %461, %485
	%499 = select i1 %498, i32 %461, i32 %485
	%500 = add i32 %52, %499
	%501 = sext i32 %500 to i64
	%502 = getelementptr float, float* %e, i64 %501
	%503 = load float, float* %502
	%504 = icmp slt i32 %465, %485
	%505 = select i1 %504, i32 %465, i32 %485
	%506 = add i32 %52, %505
	%507 = sext i32 %506 to i64
	%508 = getelementptr float, float* %e, i64 %507
	%509 = load float, float* %508
	%510 = icmp slt i32 %469, %485
	%511 = select i1 %510, i32 %469, i32 %485
	%512 = add i32 %52, %511
	%513 = sext i32 %512 to i64
	%514 = getelementptr float, float* %e, i64 %513
	%515 = load float, float* %514
	%516 = icmp slt i32 %473, %485
	%517 = select i1 %516, i32 %473, i32 %485
	%518 = add i32 %52, %517
	%519 = sext i32 %518 to i64
	%520 = getelementptr float, float* %e, i64 %519
	%521 = load float, float* %520
	%522 = icmp slt i32 %477, %485
	%523 = select i1 %522, i32 %477, i32 %485
	%524 = add i32 %52, %523
	%525 = sext i32 %524 to i64
	%526 = getelementptr float, float* %e, i64 %525
	%527 = load float, float* %526
	%528 = icmp slt i32 %481, %485
	%529 = select i1 %528, i32 %481, i32 %485
	%530 = add i32 %52, %529
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	%533 = load float, float* %532
	%534 = icmp slt i32 %453, %NK
	%535 = fcmp oge float %491, 0.0
	%536 = and i1 %534, %535
	%537 = icmp sge i32 %453, %68
	%538 = icmp sle i32 %453, %76
	%539 = and i1 %537, %538
	%540 = or i1 false, %539
	%541 = icmp eq i32 %453, 0
	%542 = or i1 %540, %541
	%543 = bitcast float %491 to i32
	%544 = add i32 %543, 2
	%545 = select i1 %542, i32 1, i32 %544
	%546 = select i1 %536, i32 %545, i32 0
	%547 = icmp slt i32 %457, %NK
	%548 = fcmp oge float %497, 0.0
	%549 = and i1 %547, %548
	%550 = icmp sge i32 %457, %68
	%551 = icmp sle i32 %457, %76
	%552 = and i1 %550, %551
	%553 = or i1 false, %552
	%554 = icmp eq i32 %457, 0
	%555 = or i1 %553, %554
	%556 = bitcast float %497 to i32
	%557 = add i32 %556, 2
	%558 = select i1 %555, i32 1, i32 %557
	%559 = select i1 %549, i32 %558, i32 0
	%560 = icmp slt i32 %461, %NK
	%561 = fcmp oge float %503, 0.0
	%562 = and i1 %560, %561
	%563 = icmp sge i32 %461, %68
	%564 = icmp sle i32 %461, %76
	%565 = and i1 %563, %564
	%566 = or i1 false, %565
	%567 = icmp eq i32 %461, 0
	%568 = or i1 %566, %567
	%569 = bitcast float %503 to i32
	%570 = add i32 %569, 2
	%571 = select i1 %568, i32 1, i32 %570
	%572 = select i1 %562, i32 %571, i32 0
	%573 = icmp slt i32 %465, %NK
	%574 = fcmp oge float %509, 0.0
	%575 = and i1 %573, %574
	%576 = icmp sge i32 %465, %68
	%577 = icmp sle i32 %465, %76
	%578 = and i1 %576, %577
	%579 = or i1 false, %578
	%580 = icmp eq i32 %465, 0
	%581 = or i1 %579, %580
	%582 = bitcast float %509 to i32
	%583 = add i32 %582, 2
	%584 = select i1 %581, i32 1, i32 %583
	%585 = select i1 %575, i32 %584, i32 0
	%586 = icmp slt i32 %469, %NK
	%587 = fcmp oge float %515, 0.0
	%588 = and i1 %586, %587
	%589 = icmp sge i32 %469, %68
	%590 = icmp sle i32 %469, %76
	%591 = and i1 %589, %590
	%592 = or i1 false, %591
	%593 = icmp eq i32 %469, 0
	%594 = or i1 %592, %593
	%595 = bitcast float %515 to i32
	%596 = add i32 %595, 2
	%597 = select i1 %594, i32 1, i32 %596
	%598 = select i1 %588, i32 %597, i32 0
	%599 = icmp slt i32 %473, %NK
	%600 = fcmp oge float %521, 0.0
	%601 = and i1 %599, %600
	%602 = icmp sge i32 %473, %68
	%603 = icmp sle i32 %473, %76
	%604 = and i1 %602, %603
	%605 = or i1 false, %604
	%606 = icmp eq i32 %473, 0
	%607 = or i1 %605, %606
	%608 = bitcast float %521 to i32
	%609 = add i32 %608, 2
	%610 = select i1 %607, i32 1, i32 %609
	%611 = select i1 %601, i32 %610, i32 0
	%612 = icmp slt i32 %477, %NK
	%613 = fcmp oge float %527, 0.0
	%614 = and i1 %612, %613
	%615 = icmp sge i32 %477, %68
	%616 = icmp sle i32 %477, %76
	%617 = and i1 %615, %616
	%618 = or i1 false, %617
	%619 = icmp eq i32 %477, 0
	%620 = or i1 %618, %619
	%621 = bitcast float %527 to i32
	%622 = add i32 %621, 2
	%623 = select i1 %620, i32 1, i32 %622
	%624 = select i1 %614, i32 %623, i32 0
	%625 = icmp slt i32 %481, %NK
	%626 = fcmp oge float %533, 0.0
	%627 = and i1 %625, %626
	%628 = icmp sge i32 %481, %68
	%629 = icmp sle i32 %481, %76
	%630 = and i1 %628, %629
	%631 = or i1 false, %630
	%632 = icmp eq i32 %481, 0
	%633 = or i1 %631, %632
	%634 = bitcast float %533 to i32
	%635 = add i32 %634, 2
	%636 = select i1 %633, i32 1, i32 %635
	%637 = select i1 %627, i32 %636, i32 0
	%638 = icmp uge i32 %546, 2
	%639 = and i32 %546, %11
	%640 = icmp eq i32 %639, %7
	%641 = and i1 %638, %640
	%642 = lshr i32 %546, 16
	%643 = and i32 %642, 255
	%644 = select i1 %641, i32 %643, i32 256
	%645 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %644)
	%646 = shl i32 1, %3
	%647 = sub i32 %646, 1
	%648 = and i32 %645, %647
	%649 = icmp eq i32 %648, 0
	%650 = and i1 %641, %649
	br i1 %650, label %652, label %656

651:
	br label %416

652:
	%653 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %643
	%654 = call i32 @llvm.ctpop.i32(i32 %645)
	%655 = atomicrmw add i32 addrspace(3)* %653, i32 %654 monotonic
	br label %656

656:
	%657 = icmp uge i32 %559, 2
	%658 = and i32 %559, %11
	%659 = icmp eq i32 %658, %7
	%660 = and i1 %657, %659
	%661 = lshr i32 %559, 16
	%662 = and i32 %661, 255
	%663 = select i1 %660, i32 %662, i32 256
	%664 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %663)
	%665 = shl i32 1, %3
	%666 = sub i32 %665, 1
	%667 = and i32 %664, %666
	%668 = icmp eq i32 %667, 0
	%669 = and i1 %660, %668
	br i1 %669, label %670, label %674

670:
	%671 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %662
	%672 = call i32 @llvm.ctpop.i32(i32 %664)
	%673 = atomicrmw add i32 addrspace(3)* %671, i32 %672 monotonic
	br label %674

674:
	%675 = icmp uge i32 %572, 2
	%676 = and i32 %572, %11
	%677 = icmp eq i32 %676, %7
	%678 = and i1 %675, %677
	%679 = lshr i32 %572, 16
	%680 = and i32 %679, 255
	%681 = select i1 %678, i32 %680, i32 256
	%682 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %681)
	%683 = shl i32 1, %3
	%684 = sub i32 %683, 1
	%685 = and i32 %682, %684
	%686 = icmp eq i32 %685, 0
	%687 = and i1 %678, %686
	br i1 %687, label %688, label %692

688:
	%689 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %680
	%690 = call i32 @llvm.ctpop.i32(i32 %682)
	%691 = atomicrmw add i32 addrspace(3)* %689, i32 %690 monotonic
	br label %692

692:
	%693 = icmp uge i32 %585, 2
	%694 = and i32 %585, %11
	%695 = icmp eq i32 %694, %7
	%696 = and i1 %693, %695
	%697 = lshr i32 %585, 16
	%698 = and i32 %697, 255
	%699 = select i1 %696, i32 %698, i32 256
	%700 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %699)
	%701 = shl i32 1, %3
	%702 = sub i32 %701, 1
	%703 = and i32 %700, %702
	%704 = icmp eq i32 %703, 0
	%705 = and i1 %696, %704
	br i1 %705, label %706, label %710

706:
	%707 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %698
	%708 = call i32 @llvm.ctpop.i32(i32 %700)
	%709 = atomicrmw add i32 addrspace(3)* %707, i32 %708 monotonic
	br label %710

710:
	%711 = icmp uge i32 %598, 2
	%712 = and i32 %598, %11
	%713 = icmp eq i32 %712, %7
	%714 = and i1 %711, %713
	%715 = lshr i32 %598, 16
	%716 = and i32 %715, 255
	%717 = select i1 %714, i32 %716, i32 256
	%718 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %717)
	%719 = shl i32 1, %3
	%720 = sub i32 %719, 1
	%721 = and i32 %718, %720
	%722 = icmp eq i32 %721, 0
	%723 = and i1 %714, %722
	br i1 %723, label %724, label %728

724:
	%725 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %716
	%726 = call i32 @llvm.ctpop.i32(i32 %718)
	%727 = atomicrmw add i32 addrspace(3)* %725, i32 %726 monotonic
	br label %728

728:
	%729 = icmp uge i32 %611, 2
	%730 = and i32 %611, %11
	%731 = icmp eq i32 %730, %7
	%732 = and i1 %729, %731
	%733 = lshr i32 %611, 16
	%734 = and i32 %733, 255
	%735 = select i1 %732, i32 %734, i32 256
	%736 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %735)
	%737 = shl i32 1, %3
	%738 = sub i32 %737, 1
	%739 = and i32 %736, %738
	%740 = icmp eq i32 %739, 0
	%741 = and i1 %732, %740
	br i1 %741, label %742, label %746

742:
	%743 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %734
	%744 = call i32 @llvm.ctpop.i32(i32 %736)
	%745 = atomicrmw add i32 addrspace(3)* %743, i32 %744 monotonic
	br label %746

746:
	%747 = icmp uge i32 %624, 2
	%748 = and i32 %624, %11
	%749 = icmp eq i32 %748, %7
	%750 = and i1 %747, %749
	%751 = lshr i32 %624, 16
	%752 = and i32 %751, 255
	%753 = select i1 %750, i32 %752, i32 256
	%754 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %753)
	%755 = shl i32 1, %3
	%756 = sub i32 %755, 1
	%757 = and i32 %754, %756
	%758 = icmp eq i32 %757, 0
	%759 = and i1 %750, %758
	br i1 %759, label %760, label %764

760:
	%761 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %752
	%762 = call i32 @llvm.ctpop.i32(i32 %754)
	%763 = atomicrmw add i32 addrspace(3)* %761, i32 %762 monotonic
	br label %764

764:
	%765 = icmp uge i32 %637, 2
	%766 = and i32 %637, %11
	%767 = icmp eq i32 %766, %7
	%768 = and i1 %765, %767
	%769 = lshr i32 %637, 16
	%770 = and i32 %769, 255
	%771 = select i1 %768, i32 %770, i32 256
	%772 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %771)
	%773 = shl i32 1, %3
	%774 = sub i32 %773, 1
	%775 = and i32 %772, %774
	%776 = icmp eq i32 %775, 0
	%777 = and i1 %768, %776
	br i1 %777, label %778, label %782

778:
	%779 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %770
	%780 = call i32 @llvm.ctpop.i32(i32 %772)
	%781 = atomicrmw add i32 addrspace(3)* %779, i32 %780 monotonic
	br label %782

782:
	%783 = add i32 %448, 2048
	br label %447

784:
	br label %816

785:
	%786 = mul i32 %1, 8
	%787 = add i32 %786, 3
	%788 = mul i32 %2, %NQ
	%789 = add i32 %788, %787
	%790 = mul i32 %789, %NK
	%791 = mul i32 %787, 64
	%792 = add i32 %791, %off
	%793 = add i32 %787, 1
	%794 = mul i32 %793, 64
	%795 = icmp slt i32 %794, %M
	%796 = select i1 %795, i32 %794, i32 %M
	%797 = sub i32 %796, 1
	%798 = add i32 %797, %off
	%799 = icmp slt i32 %792, 0
	%800 = sub i32 0, %792
	%801 = sub i32 64, 1
	%802 = add i32 %800, %801
	%803 = sdiv i32 %802, 64
	%804 = sub i32 0, %803
	%805 = sdiv i32 %792, 64
	%806 = select i1 %799, i32 %804, i32 %805
	%807 = icmp slt i32 %798, 0
	%808 = sub i32 0, %798
	%809 = sub i32 64, 1
	%810 = add i32 %808, %809
	%811 = sdiv i32 %810, 64
	%812 = sub i32 0, %811
	%813 = sdiv i32 %798, 64
	%814 = select i1 %807, i32 %812, i32 %813
	%815 = icmp slt i32 %787, %NQ
	br i1 %815, label %1153, label %1154

816:
	%817 = phi i32 [ %0, %784 ], [ %1152, %1151 ]
	%818 = phi i32 [ 0, %784 ], [ %818, %1151 ]
	%819 = icmp slt i32 %817, %15
	br i1 %819, label %820, label %1020

820:
	%821 = sub i32 %15, 1
	%822 = add i32 %817, 0
	%823 = icmp slt i32 %822, %15
	%824 = icmp slt i32 %822, %821
	%825 = select i1 %824, i32 %822, i32 %821
	%826 = add i32 %817, 256
	%827 = icmp slt i32 %826, %15
	%828 = icmp slt i32 %826, %821
	%829 = select i1 %828, i32 %826, i32 %821
	%830 = add i32 %817, 512
	%831 = icmp slt i32 %830, %15
	%832 = icmp slt i32 %830, %821
	%833 = select i1 %832, i32 %830, i32 %821
	%834 = add i32 %817, 768
	%835 = icmp slt i32 %834, %15
	%836 = icmp slt i32 %834, %821
	%837 = select i1 %836, i32 %834, i32 %821
	%838 = add i32 %817, 1024
	%839 = icmp slt i32 %838, %15
	%840 = icmp slt i32 %838, %821
	%841 = select i1 %840, i32 %838, i32 %821
	%842 = add i32 %817, 1280
	%843 = icmp slt i32 %842, %15
	%844 = icmp slt i32 %842, %821
	%845 = select i1 %844, i32 %842, i32 %821
	%846 = add i32 %817, 1536
	%847 = icmp slt i32 %846, %15
	%848 = icmp slt i32 %846, %821
	%849 = select i1 %848, i32 %846, i32 %821
	%850 = add i32 %817, 1792
	%851 = icmp slt i32 %850, %15
	%852 = icmp slt i32 %850, %821
	%853 = select i1 %852, i32 %850, i32 %821
	%854 = sub i32 %NK, 1
	%855 = icmp slt i32 %822, %854
	%856 = select i1 %855, i32 %822, i32 %854
	%857 = add i32 %421, %856
	%858 = sext i32 %857 to i64
	%859 = getelementptr float, float* %e, i64 %858
	%860 = load float, float* %859
	%861 = icmp slt i32 %826, %854
	%862 = select i1 %861, i32 %826, i32 %854
	%863 = add i32 %421, %862
	%864 = sext i32 %863 to i64
	%865 = getelementptr float, float* %e, i64 %864
	%866 = load float, float* %865
	%867 = icmp slt i32 %830, %854
	%868 = select i1 %867, i32 %830, i32 %854
	%869 = add i32 %421, %868
	%870 = sext i32 %869 to i64
	%871 = getelementptr float, float* %e, i64 %870
	%872 = load float, float* %871
	%873 = icmp slt i32 %834, %854
	%874 = select i1 %873, i32 %834, i32 %854
	%875 = add i32 %421, %874
	%876 = sext i32 %875 to i64
	%877 = getelementptr float, float* %e, i64 %876
	%878 = load float, float* %877
	%879 = icmp slt i32 %838, %854
	%880 = select i1 %879, i32 %838, i32 %854
	%881 = add i32 %421, %880
	%882 = sext i32 %881 to i64
	%883 = getelementptr float, float* %e, i64 %882
	%884 = load float, float* %883
	%885 = icmp slt i32 %842, %854
	%886 = select i1 %885, i32 %842, i32 %854
	%887 = add i32 %421, %886
	%888 = sext i32 %887 to i64
	%889 = getelementptr float, float* %e, i64 %888
	%890 = load float, float* %889
	%891 = icmp slt i32 %846, %854
	%892 = select i1 %891, i32 %846, i32 %854
	%893 = add i32 %421, %892
	%894 = sext i32 %893 to i64
	%895 = getelementptr float, float* %e, i64 %894
	%896 = load float, float* %895
	%897 = icmp slt i32 %850, %854
	%898 = select i1 %897, i32 %850, i32 %854
	%899 = add i32 %421, %898
	%900 = sext i32 %899 to i64
	%901 = getelementptr float, float* %e, i64 %900
	%902 = load float, float* %901
	%903 = icmp slt i32 %822, %NK
	%904 = fcmp oge float %860, 0.0
	%905 = and i1 %903, %904
	%906 = icmp sge i32 %822, %437
	%907 = icmp sle i32 %822, %445
	%908 = and i1 %906, %907
	%909 = or i1 false, %908
	%910 = icmp eq i32 %822, 0
	%911 = or i1 %909, %910
	%912 = bitcast float %860 to i32
	%913 = add i32 %912, 2
	%914 = select i1 %911, i32 1, i32 %913
	%915 = select i1 %905, i32 %914, i32 0
	%916 = icmp slt i32 %826, %NK
	%917 = fcmp oge float %866, 0.0
	%918 = and i1 %916, %917
	%919 = icmp sge i32 %826, %437
	%920 = icmp sle i32 %826, %445
	%921 = and i1 %919, %920
	%922 = or i1 false, %921
	%923 = icmp eq i32 %826, 0
	%924 = or i1 %922, %923
	%925 = bitcast float %866 to i32
	%926 = add i32 %925, 2
	%927 = select i1 %924, i32 1, i32 %926
	%928 = select i1 %918, i32 %927, i32 0
	%929 = icmp slt i32 %830, %NK
	%930 = fcmp oge float %872, 0.0
	%931 = and i1 %929, %930
	%932 = icmp sge i32 %830, %437
	%933 = icmp sle i32 %830, %445
	%934 = and i1 %932, %933
	%935 = or i1 false, %934
	%936 = icmp eq i32 %830, 0
	%937 = or i1 %935, %936
	%938 = bitcast float %872 to i32
	%939 = add i32 %938, 2
	%940 = select i1 %937, i32 1, i32 %939
	%941 = select i1 %931, i32 %940, i32 0
	%942 = icmp slt i32 %834, %NK
	%943 = fcmp oge float %878, 0.0
	%944 = and i1 %942, %943
	%945 = icmp sge i32 %834, %437
	%946 = icmp sle i32 %834, %445
	%947 = and i1 %945, %946
	%948 = or i1 false, %947
	%949 = icmp eq i32 %834, 0
	%950 = or i1 %948, %949
	%951 = bitcast float %878 to i32
	%952 = add i32 %951, 2
	%953 = select i1 %950, i32 1, i32 %952
	%954 = select i1 %944, i32 %953, i32 0
	%955 = icmp slt i32 %838, %NK
	%956 = fcmp oge float %884, 0.0
	%957 = and i1 %955, %956
	%958 = icmp sge i32 %838, %437
	%959 = icmp sle i32 %838, %445
	%960 = and i1 %958, %959
	%961 = or i1 false, %960
	%962 = icmp eq i32 %838, 0
	%963 = or i1 %961, %962
	%964 = bitcast float %884 to i32
	%965 = add i32 %964, 2
	%966 = select i1 %963, i32 1, i32 %965
	%967 = select i1 %957, i32 %966, i32 0
	%968 = icmp slt i32 %842, %NK
	%969 = fcmp oge float %890, 0.0
	%970 = and i1 %968, %969
	%971 = icmp sge i32 %842, %437
	%972 = icmp sle i32 %842, %445
	%973 = and i1 %971, %972
	%974 = or i1 false, %973
	%975 = icmp eq i32 %842, 0
	%976 = or i1 %974, %975
	%977 = bitcast float %890 to i32
	%978 = add i32 %977, 2
	%979 = select i1 %976, i32 1, i32 %978
	%980 = select i1 %970, i32 %979, i32 0
	%981 = icmp slt i32 %846, %NK
	%982 = fcmp oge float %896, 0.0
	%983 = and i1 %981, %982
	%984 = icmp sge i32 %846, %437
	%985 = icmp sle i32 %846, %445
	%986 = and i1 %984, %985
	%987 = or i1 false, %986
	%988 = icmp eq i32 %846, 0
	%989 = or i1 %987, %988
	%990 = bitcast float %896 to i32
	%991 = add i32 %990, 2
	%992 = select i1 %989, i32 1, i32 %991
	%993 = select i1 %983, i32 %992, i32 0
	%994 = icmp slt i32 %850, %NK
	%995 = fcmp oge float %902, 0.0
	%996 = and i1 %994, %995
	%997 = icmp sge i32 %850, %437
	%998 = icmp sle i32 %850, %445
	%999 = and i1 %997, %998
	%1000 = or i1 false, %999
	%1001 = icmp eq i32 %850, 0
	%1002 = or i1 %1000, %1001
	%1003 = bitcast float %902 to i32
	%1004 = add i32 %1003, 2
	%1005 = select i1 %1002, i32 1, i32 %1004
	%1006 = select i1 %996, i32 %1005, i32 0
	%1007 = icmp uge i32 %915, 2
	%1008 = and i32 %915, %11
	%1009 = icmp eq i32 %1008, %7
	%1010 = and i1 %1007, %1009
	%1011 = lshr i32 %915, 16
	%1012 = and i32 %1011, 255
	%1013 = select i1 %1010, i32 %1012, i32 256
	%1014 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1013)
	%1015 = shl i32 1, %3
	%1016 = sub i32 %1015, 1
	%1017 = and i32 %1014, %1016
	%1018 = icmp eq i32 %1017, 0
	%1019 = and i1 %1010, %1018
	br i1 %1019, label %1021, label %1025

1020:
	br label %785

1021:
	%1022 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1012
	%1023 = call i32 @llvm.ctpop.i32(i32 %1014)
	%1024 = atomicrmw add i32 addrspace(3)* %1022, i32 %1023 monotonic
	br label %1025

1025:
	%1026 = icmp uge i32 %928, 2
	%1027 = and i32 %928, %11
	%1028 = icmp eq i32 %1027, %7
	%1029 = and i1 %1026, %1028
	%1030 = lshr i32 %928, 16
	%1031 = and i32 %1030, 255
	%1032 = select i1 %1029, i32 %1031, i32 256
	%1033 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1032)
	%1034 = shl i32 1, %3
	%1035 = sub i32 %1034, 1
	%1036 = and i32 %1033, %1035
	%1037 = icmp eq i32 %1036, 0
	%1038 = and i1 %1029, %1037
	br i1 %1038, label %1039, label %1043

1039:
	%1040 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1031
	%1041 = call i32 @llvm.ctpop.i32(i32 %1033)
	%1042 = atomicrmw add i32 addrspace(3)* %1040, i32 %1041 monotonic
	br label %1043

1043:
	%1044 = icmp uge i32 %941, 2
	%1045 = and i32 %941, %11
	%1046 = icmp eq i32 %1045, %7
	%1047 = and i1 %1044, %1046
	%1048 = lshr i32 %941, 16
	%1049 = and i32 %1048, 255
	%1050 = select i1 %1047, i32 %1049, i32 256
	%1051 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1050)
	%1052 = shl i32 1, %3
	%1053 = sub i32 %1052, 1
	%1054 = and i32 %1051, %1053
	%1055 = icmp eq i32 %1054, 0
	%1056 = and i1 %1047, %1055
	br i1 %1056, label %1057, label %1061

1057:
	%1058 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1049
	%1059 = call i32 @llvm.ctpop.i32(i32 %1051)
	%1060 = atomicrmw add i32 addrspace(3)* %1058, i32 %1059 monotonic
	br label %1061

1061:
	%1062 = icmp uge i32 %954, 2
	%1063 = and i32 %954, %11
	%1064 = icmp eq i32 %1063, %7
	%1065 = and i1 %1062, %1064
	%1066 = lshr i32 %954, 16
	%1067 = and i32 %1066, 255
	%1068 = select i1 %1065, i32 %1067, i32 256
	%1069 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1068)
	%1070 = shl i32 1, %3
	%1071 = sub i32 %1070, 1
	%1072 = and i32 %1069, %1071
	%1073 = icmp eq i32 %1072, 0
	%1074 = and i1 %1065, %1073
	br i1 %1074, label %1075, label %1079

1075:
	%1076 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1067
	%1077 = call i32 @llvm.ctpop.i32(i32 %1069)
	%1078 = atomicrmw add i32 addrspace(3)* %1076, i32 %1077 monotonic
	br label %1079

1079:
	%1080 = icmp uge i32 %967, 2
	%1081 = and i32 %967, %11
	%1082 = icmp eq i32 %1081, %7
	%1083 = and i1 %1080, %1082
	%1084 = lshr i32 %967, 16
	%1085 = and i32 %1084, 255
	%1086 = select i1 %1083, i32 %1085, i32 256
	%1087 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1086)
	%1088 = shl i32 1, %3
	%1089 = sub i32 %1088, 1
	%1090 = and i32 %1087, %1089
	%1091 = icmp eq i32 %1090, 0
	%1092 = and i1 %1083, %1091
	br i1 %1092, label %1093, label %1097

1093:
	%1094 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1085
	%1095 = call i32 @llvm.ctpop.i32(i32 %1087)
	%1096 = atomicrmw add i32 addrspace(3)* %1094, i32 %1095 monotonic
	br label %1097

1097:
	%1098 = icmp uge i32 %980, 2
	%1099 = and i32 %980, %11
	%1100 = icmp eq i32 %1099, %7
	%1101 = and i1 %1098, %1100
	%1102 = lshr i32 %980, 16
	%1103 = and i32 %1102, 255
	%1104 = select i1 %1101, i32 %1103, i32 256
	%1105 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1104)
	%1106 = shl i32 1, %3
	%1107 = sub i32 %1106, 1
	%1108 = and i32 %1105, %1107
	%1109 = icmp eq i32 %1108, 0
	%1110 = and i1 %1101, %1109
	br i1 %1110, label %1111, label %1115

1111:
	%1112 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1103
	%1113 = call i32 @llvm.ctpop.i32(i32 %1105)
	%1114 = atomicrmw add i32 addrspace(3)* %1112, i32 %1113 monotonic
	br label %1115

1115:
	%1116 = icmp uge i32 %993, 2
	%1117 = and i32 %993, %11
	%1118 = icmp eq i32 %1117, %7
	%1119 = and i1 %1116, %1118
	%1120 = lshr i32 %993, 16
	%1121 = and i32 %1120, 255
	%1122 = select i1 %1119, i32 %1121, i32 256
	%1123 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1122)
	%1124 = shl i32 1, %3
	%1125 = sub i32 %1124, 1
	%1126 = and i32 %1123, %1125
	%1127 = icmp eq i32 %1126, 0
	%1128 = and i1 %1119, %1127
	br i1 %1128, label %1129, label %1133

1129:
	%1130 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1121
	%1131 = call i32 @llvm.ctpop.i32(i32 %1123)
	%1132 = atomicrmw add i32 addrspace(3)* %1130, i32 %1131 monotonic
	br label %1133

1133:
	%1134 = icmp uge i32 %1006, 2
	%1135 = and i32 %1006, %11
	%1136 = icmp eq i32 %1135, %7
	%1137 = and i1 %1134, %1136
	%1138 = lshr i32 %1006, 16
	%1139 = and i32 %1138, 255
	%1140 = select i1 %1137, i32 %1139, i32 256
	%1141 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1140)
	%1142 = shl i32 1, %3
	%1143 = sub i32 %1142, 1
	%1144 = and i32 %1141, %1143
	%1145 = icmp eq i32 %1144, 0
	%1146 = and i1 %1137, %1145
	br i1 %1146, label %1147, label %1151

1147:
	%1148 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1139
	%1149 = call i32 @llvm.ctpop.i32(i32 %1141)
	%1150 = atomicrmw add i32 addrspace(3)* %1148, i32 %1149 monotonic
	br label %1151

1151:
	%1152 = add i32 %817, 2048
	br label %816

1153:
	br label %1185

1154:
	%1155 = mul i32 %1, 8
	%1156 = add i32 %1155, 4
	%1157 = mul i32 %2, %NQ
	%1158 = add i32 %1157, %1156
	%1159 = mul i32 %1158, %NK
	%1160 = mul i32 %1156, 64
	%1161 = add i32 %1160, %off
	%1162 = add i32 %1156, 1
	%1163 = mul i32 %1162, 64
	%1164 = icmp slt i32 %1163, %M
	%1165 = select i1 %1164, i32 %1163, i32 %M
	%1166 = sub i32 %1165, 1
	%1167 = add i32 %1166, %off
	%1168 = icmp slt i32 %1161, 0
	%1169 = sub i32 0, %1161
	%1170 = sub i32 64, 1
	%1171 = add i32 %1169, %1170
	%1172 = sdiv i32 %1171, 64
	%1173 = sub i32 0, %1172
	%1174 = sdiv i32 %1161, 64
	%1175 = select i1 %1168, i32 %1173, i32 %1174
	%1176 = icmp slt i32 %1167, 0
	%1177 = sub i32 0, %1167
	%1178 = sub i32 64, 1
	%1179 = add i32 %1177, %1178
	%1180 = sdiv i32 %1179, 64
	%1181 = sub i32 0, %1180
	%1182 = sdiv i32 %1167, 64
	%1183 = select i1 %1176, i32 %1181, i32 %1182
	%1184 = icmp slt i32 %1156, %NQ
	br i1 %1184, label %1522, label %1523

1185:
	%1186 = phi i32 [ %0, %1153 ], [ %1521, %1520 ]
	%1187 = phi i32 [ 0, %1153 ], [ %1187, %1520 ]
	%1188 = icmp slt i32 %1186, %15
	br i1 %1188, label %1189, label %1389

1189:
	%1190 = sub i32 %15, 1
	%1191 = add i32 %1186, 0
	%1192 = icmp slt i32 %1191, %15
	%1193 = icmp slt i32 %1191, %1190
	%1194 = select i1 %1193, i32 %1191, i32 %1190
	%1195 = add i32 %1186, 256
	%1196 = icmp slt i32 %1195, %15
	%1197 = icmp slt i32 %1195, %1190
	%1198 = select i1 %1197, i32 %1195, i32 %1190
	%1199 = add i32 %1186, 512
	%1200 = icmp slt i32 %1199, %15
	%1201 = icmp slt i32 %1199, %1190
	%1202 = select i1 %1201, i32 %1199, i32 %1190
	%1203 = add i32 %1186, 768
	%1204 = icmp slt i32 %1203, %15
	%1205 = icmp slt i32 %1203, %1190
	%1206 = select i1 %1205, i32 %1203, i32 %1190
	%1207 = add i32 %1186, 1024
	%1208 = icmp slt i32 %1207, %15
	%1209 = icmp slt i32 %1207, %1190
	%1210 = select i1 %1209, i32 %1207, i32 %1190
	%1211 = add i32 %1186, 1280
	%1212 = icmp slt i32 %1211, %15
	%1213 = icmp slt i32 %1211, %1190
	%1214 = select i1 %1213, i32 %1211, i32 %1190
	%1215 = add i32 %1186, 1536
	%1216 = icmp slt i32 %1215, %15
	%1217 = icmp slt i32 %1215, %1190
	%1218 = select i1 %1217, i32 %1215, i32 %1190
	%1219 = add i32 %1186, 1792
	%1220 = icmp slt i32 %1219, %15
	%1221 = icmp slt i32 %1219, %1190
	%1222 = select i1 %1221, i32 %1219, i32 %1190
	%1223 = sub i32 %NK, 1
	%1224 = icmp slt i32 %1191, %1223
	%1225 = select i1 %1224, i32 %1191, i32 %1223
	%1226 = add i32 %790, %1225
	%1227 = sext i32 %1226 to i64
	%1228 = getelementptr float, float* %e, i64 %1227
	%1229 = load float, float* %1228
	%1230 = icmp slt i32 %1195, %1223
	%1231 = select i1 %1230, i32 %1195, i32 %1223
	%1232 = add i32 %790, %1231
	%1233 = sext i32 %1232 to i64
	%1234 = getelementptr float, float* %e, i64 %1233
	%1235 = load float, float* %1234
	%1236 = icmp slt i32 %1199, %1223
	%1237 = select i1 %1236, i32 %1199, i32 %1223
	%1238 = add i32 %790, %1237
	%1239 = sext i32 %1238 to i64
	%1240 = getelementptr float, float* %e, i64 %1239
	%1241 = load float, float* %1240
	%1242 = icmp slt i32 %1203, %1223
	%1243 = select i1 %1242, i32 %1203, i32 %1223
	%1244 = add i32 %790, %1243
	%1245 = sext i32 %1244 to i64
	%1246 = getelementptr float, float* %e, i64 %1245
	%1247 = load float, float* %1246
	%1248 = icmp slt i32 %1207, %1223
	%1249 = select i1 %1248, i32 %1207, i32 %1223
	%1250 = add i32 %790, %1249
	%1251 = sext i32 %1250 to i64
	%1252 = getelementptr float, float* %e, i64 %1251
	%1253 = load float, float* %1252
	%1254 = icmp slt i32 %1211, %1223
	%1255 = select i1 %1254, i32 %1211, i32 %1223
	%1256 = add i32 %790, %1255
	%1257 = sext i32 %1256 to i64
	%1258 = getelementptr float, float* %e, i64 %1257
	%1259 = load float, float* %1258
	%1260 = icmp slt i32 %1215, %1223
	%1261 = select i1 %1260, i32 %1215, i32 %1223
	%1262 = add i32 %790, %1261
	%1263 = sext i32 %1262 to i64
	%1264 = getelementptr float, float* %e, i64 %1263
	%1265 = load float, float* %1264
	%1266 = icmp slt i32 %1219, %1223
	%1267 = select i1 %1266, i32 %1219, i32 %1223
	%1268 = add i32 %790, %1267
	%1269 = sext i32 %1268 to i64
	%1270 = getelementptr float, float* %e, i64 %1269
	%1271 = load float, float* %1270
	%1272 = icmp slt i32 %1191, %NK
	%1273 = fcmp oge float %1229, 0.0
	%1274 = and i1 %1272, %1273
	%1275 = icmp sge i32 %1191, %806
	%1276 = icmp sle i32 %1191, %814
	%1277 = and i1 %1275, %1276
	%1278 = or i1 false, %1277
	%1279 = icmp eq i32 %1191, 0
	%1280 = or i1 %1278, %1279
	%1281 = bitcast float %1229 to i32
	%1282 = add i32 %1281, 2
	%1283 = select i1 %1280, i32 1, i32 %1282
	%1284 = select i1 %1274, i32 %1283, i32 0
	%1285 = icmp slt i32 %1195, %NK
	%1286 = fcmp oge float %1235, 0.0
	%1287 = and i1 %1285, %1286
	%1288 = icmp sge i32 %1195, %806
	%1289 = icmp sle i32 %1195, %814
	%1290 = and i1 %1288, %1289
	%1291 = or i1 false, %1290
	%1292 = icmp eq i32 %1195, 0
	%1293 = or i1 %1291, %1292
	%1294 = bitcast float %1235 to i32
	%1295 = add i32 %1294, 2
	%1296 = select i1 %1293, i32 1, i32 %1295
	%1297 = select i1 %1287, i32 %1296, i32 0
	%1298 = icmp slt i32 %1199, %NK
	%1299 = fcmp oge float %1241, 0.0
	%1300 = and i1 %1298, %1299
	%1301 = icmp sge i32 %1199, %806
	%1302 = icmp sle i32 %1199, %814
	%1303 = and i1 %1301, %1302
	%1304 = or i1 false, %1303
	%1305 = icmp eq i32 %1199, 0
	%1306 = or i1 %1304, %1305
	%1307 = bitcast float %1241 to i32
	%1308 = add i32 %1307, 2
	%1309 = select i1 %1306, i32 1, i32 %1308
	%1310 = select i1 %1300, i32 %1309, i32 0
	%1311 = icmp slt i32 %1203, %NK
	%1312 = fcmp oge float %1247, 0.0
	%1313 = and i1 %1311, %1312
	%1314 = icmp sge i32 %1203, %806
	%1315 = icmp sle i32 %1203, %814
	%1316 = and i1 %1314, %1315
	%1317 = or i1 false, %1316
	%1318 = icmp eq i32 %1203, 0
	%1319 = or i1 %1317, %1318
	%1320 = bitcast float %1247 to i32
	%1321 = add i32 %1320, 2
	%1322 = select i1 %1319, i32 1, i32 %1321
	%1323 = select i1 %1313, i32 %1322, i32 0
	%1324 = icmp slt i32 %1207, %NK
	%1325 = fcmp oge float %1253, 0.0
	%1326 = and i1 %1324, %1325
	%1327 = icmp sge i32 %1207, %806
	%1328 = icmp sle i32 %1207, %814
	%1329 = and i1 %1327, %1328
	%1330 = or i1 false, %1329
	%1331 = icmp eq i32 %1207, 0
	%1332 = or i1 %1330, %1331
	%1333 = bitcast float %1253 to i32
	%1334 = add i32 %1333, 2
	%1335 = select i1 %1332, i32 1, i32 %1334
	%1336 = select i1 %1326, i32 %1335, i32 0
	%1337 = icmp slt i32 %1211, %NK
	%1338 = fcmp oge float %1259, 0.0
	%1339 = and i1 %1337, %1338
	%1340 = icmp sge i32 %1211, %806
	%1341 = icmp sle i32 %1211, %814
	%1342 = and i1 %1340, %1341
	%1343 = or i1 false, %1342
	%1344 = icmp eq i32 %1211, 0
	%1345 = or i1 %1343, %1344
	%1346 = bitcast float %1259 to i32
	%1347 = add i32 %1346, 2
	%1348 = select i1 %1345, i32 1, i32 %1347
	%1349 = select i1 %1339, i32 %1348, i32 0
	%1350 = icmp slt i32 %1215, %NK
	%1351 = fcmp oge float %1265, 0.0
	%1352 = and i1 %1350, %1351
	%1353 = icmp sge i32 %1215, %806
	%1354 = icmp sle i32 %1215, %814
	%1355 = and i1 %1353, %1354
	%1356 = or i1 false, %1355
	%1357 = icmp eq i32 %1215, 0
	%1358 = or i1 %1356, %1357
	%1359 = bitcast float %1265 to i32
	%1360 = add i32 %1359, 2
	%1361 = select i1 %1358, i32 1, i32 %1360
	%1362 = select i1 %1352, i32 %1361, i32 0
	%1363 = icmp slt i32 %1219, %NK
	%1364 = fcmp oge float %1271, 0.0
	%1365 = and i1 %1363, %1364
	%1366 = icmp sge i32 %1219, %806
	%1367 = icmp sle i32 %1219, %814
	%1368 = and i1 %1366, %1367
	%1369 = or i1 false, %1368
	%1370 = icmp eq i32 %1219, 0
	%1371 = or i1 %1369, %1370
	%1372 = bitcast float %1271 to i32
	%1373 = add i32 %1372, 2
	%1374 = select i1 %1371, i32 1, i32 %1373
	%1375 = select i1 %1365, i32 %1374, i32 0
	%1376 = icmp uge i32 %1284, 2
	%1377 = and i32 %1284, %11
	%1378 = icmp eq i32 %1377, %7
	%1379 = and i1 %1376, %1378
	%1380 = lshr i32 %1284, 16
	%1381 = and i32 %1380, 255
	%1382 = select i1 %1379, i32 %1381, i32 256
	%1383 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1382)
	%1384 = shl i32 1, %3
	%1385 = sub i32 %1384, 1
	%1386 = and i32 %1383, %1385
	%1387 = icmp eq i32 %1386, 0
	%1388 = and i1 %1379, %1387
	br i1 %1388, label %1390, label %1394

1389:
	br label %1154

1390:
	%1391 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1381
	%1392 = call i32 @llvm.ctpop.i32(i32 %1383)
	%1393 = atomicrmw add i32 addrspace(3)* %1391, i32 %1392 monotonic
	br label %1394

1394:
	%1395 = icmp uge i32 %1297, 2
	%1396 = and i32 %1297, %11
	%1397 = icmp eq i32 %1396, %7
	%1398 = and i1 %1395, %1397
	%1399 = lshr i32 %1297, 16
	%1400 = and i32 %1399, 255
	%1401 = select i1 %1398, i32 %1400, i32 256
	%1402 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1401)
	%1403 = shl i32 1, %3
	%1404 = sub i32 %1403, 1
	%1405 = and i32 %1402, %1404
	%1406 = icmp eq i32 %1405, 0
	%1407 = and i1 %1398, %1406
	br i1 %1407, label %1408, label %1412

1408:
	%1409 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1400
	%1410 = call i32 @llvm.ctpop.i32(i32 %1402)
	%1411 = atomicrmw add i32 addrspace(3)* %1409, i32 %1410 monotonic
	br label %1412

1412:
	%1413 = icmp uge i32 %1310, 2
	%1414 = and i32 %1310, %11
	%1415 = icmp eq i32 %1414, %7
	%1416 = and i1 %1413, %1415
	%1417 = lshr i32 %1310, 16
	%1418 = and i32 %1417, 255
	%1419 = select i1 %1416, i32 %1418, i32 256
	%1420 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1419)
	%1421 = shl i32 1, %3
	%1422 = sub i32 %1421, 1
	%1423 = and i32 %1420, %1422
	%1424 = icmp eq i32 %1423, 0
	%1425 = and i1 %1416, %1424
	br i1 %1425, label %1426, label %1430

1426:
	%1427 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1418
	%1428 = call i32 @llvm.ctpop.i32(i32 %1420)
	%1429 = atomicrmw add i32 addrspace(3)* %1427, i32 %1428 monotonic
	br label %1430

1430:
	%1431 = icmp uge i32 %1323, 2
	%1432 = and i32 %1323, %11
	%1433 = icmp eq i32 %1432, %7
	%1434 = and i1 %1431, %1433
	%1435 = lshr i32 %1323, 16
	%1436 = and i32 %1435, 255
	%1437 = select i1 %1434, i32 %1436, i32 256
	%1438 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1437)
	%1439 = shl i32 1, %3
	%1440 = sub i32 %1439, 1
	%1441 = and i32 %1438, %1440
	%1442 = icmp eq i32 %1441, 0
	%1443 = and i1 %1434, %1442
	br i1 %1443, label %1444, label %1448

1444:
	%1445 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1436
	%1446 = call i32 @llvm.ctpop.i32(i32 %1438)
	%1447 = atomicrmw add i32 addrspace(3)* %1445, i32 %1446 monotonic
	br label %1448

1448:
	%1449 = icmp uge i32 %1336, 2
	%1450 = and i32 %1336, %11
	%1451 = icmp eq i32 %1450, %7
	%1452 = and i1 %1449, %1451
	%1453 = lshr i32 %1336, 16
	%1454 = and i32 %1453, 255
	%1455 = select i1 %1452, i32 %1454, i32 256
	%1456 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1455)
	%1457 = shl i32 1, %3
	%1458 = sub i32 %1457, 1
	%1459 = and i32 %1456, %1458
	%1460 = icmp eq i32 %1459, 0
	%1461 = and i1 %1452, %1460
	br i1 %1461, label %1462, label %1466

1462:
	%1463 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1454
	%1464 = call i32 @llvm.ctpop.i32(i32 %1456)
	%1465 = atomicrmw add i32 addrspace(3)* %1463, i32 %1464 monotonic
	br label %1466

1466:
	%1467 = icmp uge i32 %1349, 2
	%1468 = and i32 %1349, %11
	%1469 = icmp eq i32 %1468, %7
	%1470 = and i1 %1467, %1469
	%1471 = lshr i32 %1349, 16
	%1472 = and i32 %1471, 255
	%1473 = select i1 %1470, i32 %1472, i32 256
	%1474 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1473)
	%1475 = shl i32 1, %3
	%1476 = sub i32 %1475, 1
	%1477 = and i32 %1474, %1476
	%1478 = icmp eq i32 %1477, 0
	%1479 = and i1 %1470, %1478
	br i1 %1479, label %1480, label %1484

1480:
	%1481 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1472
	%1482 = call i32 @llvm.ctpop.i32(i32 %1474)
	%1483 = atomicrmw add i32 addrspace(3)* %1481, i32 %1482 monotonic
	br label %1484

1484:
	%1485 = icmp uge i32 %1362, 2
	%1486 = and i32 %1362, %11
	%1487 = icmp eq i32 %1486, %7
	%1488 = and i1 %1485, %1487
	%1489 = lshr i32 %1362, 16
	%1490 = and i32 %1489, 255
	%1491 = select i1 %1488, i32 %1490, i32 256
	%1492 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1491)
	%1493 = shl i32 1, %3
	%1494 = sub i32 %1493, 1
	%1495 = and i32 %1492, %1494
	%1496 = icmp eq i32 %1495, 0
	%1497 = and i1 %1488, %1496
	br i1 %1497, label %1498, label %1502

1498:
	%1499 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1490
	%1500 = call i32 @llvm.ctpop.i32(i32 %1492)
	%1501 = atomicrmw add i32 addrspace(3)* %1499, i32 %1500 monotonic
	br label %1502

1502:
	%1503 = icmp uge i32 %1375, 2
	%1504 = and i32 %1375, %11
	%1505 = icmp eq i32 %1504, %7
	%1506 = and i1 %1503, %1505
	%1507 = lshr i32 %1375, 16
	%1508 = and i32 %1507, 255
	%1509 = select i1 %1506, i32 %1508, i32 256
	%1510 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1509)
	%1511 = shl i32 1, %3
	%1512 = sub i32 %1511, 1
	%1513 = and i32 %1510, %1512
	%1514 = icmp eq i32 %1513, 0
	%1515 = and i1 %1506, %1514
	br i1 %1515, label %1516, label %1520

1516:
	%1517 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1508
	%1518 = call i32 @llvm.ctpop.i32(i32 %1510)
	%1519 = atomicrmw add i32 addrspace(3)* %1517, i32 %1518 monotonic
	br label %1520

1520:
	%1521 = add i32 %1186, 2048
	br label %1185

1522:
	br label %1554

1523:
	%1524 = mul i32 %1, 8
	%1525 = add i32 %1524, 5
	%1526 = mul i32 %2, %NQ
	%1527 = add i32 %1526, %1525
	%1528 = mul i32 %1527, %NK
	%1529 = mul i32 %1525, 64
	%1530 = add i32 %1529, %off
	%1531 = add i32 %1525, 1
	%1532 = mul i32 %1531, 64
	%1533 = icmp slt i32 %1532, %M
	%1534 = select i1 %1533, i32 %1532, i32 %M
	%1535 = sub i32 %1534, 1
	%1536 = add i32 %1535, %off
	%1537 = icmp slt i32 %1530, 0
	%1538 = sub i32 0, %1530
	%1539 = sub i32 64, 1
	%1540 = add i32 %1538, %1539
	%1541 = sdiv i32 %1540, 64
	%1542 = sub i32 0, %1541
	%1543 = sdiv i32 %1530, 64
	%1544 = select i1 %1537, i32 %1542, i32 %1543
	%1545 = icmp slt i32 %1536, 0
	%1546 = sub i32 0, %1536
	%1547 = sub i32 64, 1
	%1548 = add i32 %1546, %1547
	%1549 = sdiv i32 %1548, 64
	%1550 = sub i32 0, %1549
	%1551 = sdiv i32 %1536, 64
	%1552 = select i1 %1545, i32 %1550, i32 %1551
	%1553 = icmp slt i32 %1525, %NQ
	br i1 %1553, label %1891, label %1892

1554:
	%1555 = phi i32 [ %0, %1522 ], [ %1890, %1889 ]
	%1556 = phi i32 [ 0, %1522 ], [ %1556, %1889 ]
	%1557 = icmp slt i32 %1555, %15
	br i1 %1557, label %1558, label %1758

1558:
	%1559 = sub i32 %15, 1
	%1560 = add i32 %1555, 0
	%1561 = icmp slt i32 %1560, %15
	%1562 = icmp slt i32 %1560, %1559
	%1563 = select i1 %1562, i32 %1560, i32 %1559
	%1564 = add i32 %1555, 256
	%1565 = icmp slt i32 %1564, %15
	%1566 = icmp slt i32 %1564, %1559
	%1567 = select i1 %1566, i32 %1564, i32 %1559
	%1568 = add i32 %1555, 512
	%1569 = icmp slt i32 %1568, %15
	%1570 = icmp slt i32 %1568, %1559
	%1571 = select i1 %1570, i32 %1568, i32 %1559
	%1572 = add i32 %1555, 768
	%1573 = icmp slt i32 %1572, %15
	%1574 = icmp slt i32 %1572, %1559
	%1575 = select i1 %1574, i32 %1572, i32 %1559
	%1576 = add i32 %1555, 1024
	%1577 = icmp slt i32 %1576, %15
	%1578 = icmp slt i32 %1576, %1559
	%1579 = select i1 %1578, i32 %1576, i32 %1559
	%1580 = add i32 %1555, 1280
	%1581 = icmp slt i32 %1580, %15
	%1582 = icmp slt i32 %1580, %1559
	%1583 = select i1 %1582, i32 %1580, i32 %1559
	%1584 = add i32 %1555, 1536
	%1585 = icmp slt i32 %1584, %15
	%1586 = icmp slt i32 %1584, %1559
	%1587 = select i1 %1586, i32 %1584, i32 %1559
	%1588 = add i32 %1555, 1792
	%1589 = icmp slt i32 %1588, %15
	%1590 = icmp slt i32 %1588, %1559
	%1591 = select i1 %1590, i32 %1588, i32 %1559
	%1592 = sub i32 %NK, 1
	%1593 = icmp slt i32 %1560, %1592
	%1594 = select i1 %1593, i32 %1560, i32 %1592
	%1595 = add i32 %1159, %1594
	%1596 = sext i32 %1595 to i64
	%1597 = getelementptr float, float* %e, i64 %1596
	%1598 = load float, float* %1597
	%1599 = icmp slt i32 %1564, %1592
	%1600 = select i1 %1599, i32 %1564, i32 %1592
	%1601 = add i32 %1159, %1600
	%1602 = sext i32 %1601 to i64
	%1603 = getelementptr float, float* %e, i64 %1602
	%1604 = load float, float* %1603
	%1605 = icmp slt i32 %1568, %1592
	%1606 = select i1 %1605, i32 %1568, i32 %1592
	%1607 = add i32 %1159, %1606
	%1608 = sext i32 %1607 to i64
	%1609 = getelementptr float, float* %e, i64 %1608
	%1610 = load float, float* %1609
	%1611 = icmp slt i32 %1572, %1592
	%1612 = select i1 %1611, i32 %1572, i32 %1592
	%1613 = add i32 %1159, %1612
	%1614 = sext i32 %1613 to i64
	%1615 = getelementptr float, float* %e, i64 %1614
	%1616 = load float, float* %1615
	%1617 = icmp slt i32 %1576, %1592
	%1618 = select i1 %1617, i32 %1576, i32 %1592
	%1619 = add i32 %1159, %1618
	%1620 = sext i32 %1619 to i64
	%1621 = getelementptr float, float* %e, i64 %1620
	%1622 = load float, float* %1621
	%1623 = icmp slt i32 %1580, %1592
	%1624 = select i1 %1623, i32 %1580, i32 %1592
	%1625 = add i32 %1159, %1624
	%1626 = sext i32 %1625 to i64
	%1627 = getelementptr float, float* %e, i64 %1626
	%1628 = load float, float* %1627
	%1629 = icmp slt i32 %1584, %1592
	%1630 = select i1 %1629, i32 %1584, i32 %1592
	%1631 = add i32 %1159, %1630
	%1632 = sext i32 %1631 to i64
	%1633 = getelementptr float, float* %e, i64 %1632
	%1634 = load float, float* %1633
	%1635 = icmp slt i32 %1588, %1592
	%1636 = select i1 %1635, i32 %1588, i32 %1592
	%1637 = add i32 %1159, %1636
	%1638 = sext i32 %1637 to i64
	%1639 = getelementptr float, float* %e, i64 %1638
	%1640 = load float, float* %1639
	%1641 = icmp slt i32 %1560, %NK
	%1642 = fcmp oge float %1598, 0.0
	%1643 = and i1 %1641, %1642
	%1644 = icmp sge i32 %1560, %1175
	%1645 = icmp sle i32 %1560, %1183
	%1646 = and i1 %1644, %1645
	%1647 = or i1 false, %1646
	%1648 = icmp eq i32 %1560, 0
	%1649 = or i1 %1647, %1648
	%1650 = bitcast float %1598 to i32
	%1651 = add i32 %1650, 2
	%1652 = select i1 %1649, i32 1, i32 %1651
	%1653 = select i1 %1643, i32 %1652, i32 0
	%1654 = icmp slt i32 %1564, %NK
	%1655 = fcmp oge float %1604, 0.0
	%1656 = and i1 %1654, %1655
	%1657 = icmp sge i32 %1564, %1175
	%1658 = icmp sle i32 %1564, %1183
	%1659 = and i1 %1657, %1658
	%1660 = or i1 false, %1659
	%1661 = icmp eq i32 %1564, 0
	%1662 = or i1 %1660, %1661
	%1663 = bitcast float %1604 to i32
	%1664 = add i32 %1663, 2
	%1665 = select i1 %1662, i32 1, i32 %1664
	%1666 = select i1 %1656, i32 %1665, i32 0
	%1667 = icmp slt i32 %1568, %NK
	%1668 = fcmp oge float %1610, 0.0
	%1669 = and i1 %1667, %1668
	%1670 = icmp sge i32 %1568, %1175
	%1671 = icmp sle i32 %1568, %1183
	%1672 = and i1 %1670, %1671
	%1673 = or i1 false, %1672
	%1674 = icmp eq i32 %1568, 0
	%1675 = or i1 %1673, %1674
	%1676 = bitcast float %1610 to i32
	%1677 = add i32 %1676, 2
	%1678 = select i1 %1675, i32 1, i32 %1677
	%1679 = select i1 %1669, i32 %1678, i32 0
	%1680 = icmp slt i32 %1572, %NK
	%1681 = fcmp oge float %1616, 0.0
	%1682 = and i1 %1680, %1681
	%1683 = icmp sge i32 %1572, %1175
	%1684 = icmp sle i32 %1572, %1183
	%1685 = and i1 %1683, %1684
	%1686 = or i1 false, %1685
	%1687 = icmp eq i32 %1572, 0
	%1688 = or i1 %1686, %1687
	%1689 = bitcast float %1616 to i32
	%1690 = add i32 %1689, 2
	%1691 = select i1 %1688, i32 1, i32 %1690
	%1692 = select i1 %1682, i32 %1691, i32 0
	%1693 = icmp slt i32 %1576, %NK
	%1694 = fcmp oge float %1622, 0.0
	%1695 = and i1 %1693, %1694
	%1696 = icmp sge i32 %1576, %1175
	%1697 = icmp sle i32 %1576, %1183
	%1698 = and i1 %1696, %1697
	%1699 = or i1 false, %1698
	%1700 = icmp eq i32 %1576, 0
	%1701 = or i1 %1699, %1700
	%1702 = bitcast float %1622 to i32
	%1703 = add i32 %1702, 2
	%1704 = select i1 %1701, i32 1, i32 %1703
	%1705 = select i1 %1695, i32 %1704, i32 0
	%1706 = icmp slt i32 %1580, %NK
	%1707 = fcmp oge float %1628, 0.0
	%1708 = and i1 %1706, %1707
	%1709 = icmp sge i32 %1580, %1175
	%1710 = icmp sle i32 %1580, %1183
	%1711 = and i1 %1709, %1710
	%1712 = or i1 false, %1711
	%1713 = icmp eq i32 %1580, 0
	%1714 = or i1 %1712, %1713
	%1715 = bitcast float %1628 to i32
	%1716 = add i32 %1715, 2
	%1717 = select i1 %1714, i32 1, i32 %1716
	%1718 = select i1 %1708, i32 %1717, i32 0
	%1719 = icmp slt i32 %1584, %NK
	%1720 = fcmp oge float %1634, 0.0
	%1721 = and i1 %1719, %1720
	%1722 = icmp sge i32 %1584, %1175
	%1723 = icmp sle i32 %1584, %1183
	%1724 = and i1 %1722, %1723
	%1725 = or i1 false, %1724
	%1726 = icmp eq i32 %1584, 0
	%1727 = or i1 %1725, %1726
	%1728 = bitcast float %1634 to i32
	%1729 = add i32 %1728, 2
	%1730 = select i1 %1727, i32 1, i32 %1729
	%1731 = select i1 %1721, i32 %1730, i32 0
	%1732 = icmp slt i32 %1588, %NK
	%1733 = fcmp oge float %1640, 0.0
	%1734 = and i1 %1732, %1733
	%1735 = icmp sge i32 %1588, %1175
	%1736 = icmp sle i32 %1588, %1183
	%1737 = and i1 %1735, %1736
	%1738 = or i1 false, %1737
	%1739 = icmp eq i32 %1588, 0
	%1740 = or i1 %1738, %1739
	%1741 = bitcast float %1640 to i32
	%1742 = add i32 %1741, 2
	%1743 = select i1 %1740, i32 1, i32 %1742
	%1744 = select i1 %1734, i32 %1743, i32 0
	%1745 = icmp uge i32 %1653, 2
	%1746 = and i32 %1653, %11
	%1747 = icmp eq i32 %1746, %7
	%1748 = and i1 %1745, %1747
	%1749 = lshr i32 %1653, 16
	%1750 = and i32 %1749, 255
	%1751 = select i1 %1748, i32 %1750, i32 256
	%1752 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1751)
	%1753 = shl i32 1, %3
	%1754 = sub i32 %1753, 1
	%1755 = and i32 %1752, %1754
	%1756 = icmp eq i32 %1755, 0
	%1757 = and i1 %1748, %1756
	br i1 %1757, label %1759, label %1763

1758:
	br label %1523

1759:
	%1760 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1750
	%1761 = call i32 @llvm.ctpop.i32(i32 %1752)
	%1762 = atomicrmw add i32 addrspace(3)* %1760, i32 %1761 monotonic
	br label %1763

1763:
	%1764 = icmp uge i32 %1666, 2
	%1765 = and i32 %1666, %11
	%1766 = icmp eq i32 %1765, %7
	%1767 = and i1 %1764, %1766
	%1768 = lshr i32 %1666, 16
	%1769 = and i32 %1768, 255
	%1770 = select i1 %1767, i32 %1769, i32 256
	%1771 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1770)
	%1772 = shl i32 1, %3
	%1773 = sub i32 %1772, 1
	%1774 = and i32 %1771, %1773
	%1775 = icmp eq i32 %1774, 0
	%1776 = and i1 %1767, %1775
	br i1 %1776, label %1777, label %1781

1777:
	%1778 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1769
	%1779 = call i32 @llvm.ctpop.i32(i32 %1771)
	%1780 = atomicrmw add i32 addrspace(3)* %1778, i32 %1779 monotonic
	br label %1781

1781:
	%1782 = icmp uge i32 %1679, 2
	%1783 = and i32 %1679, %11
	%1784 = icmp eq i32 %1783, %7
	%1785 = and i1 %1782, %1784
	%1786 = lshr i32 %1679, 16
	%1787 = and i32 %1786, 255
	%1788 = select i1 %1785, i32 %1787, i32 256
	%1789 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1788)
	%1790 = shl i32 1, %3
	%1791 = sub i32 %1790, 1
	%1792 = and i32 %1789, %1791
	%1793 = icmp eq i32 %1792, 0
	%1794 = and i1 %1785, %1793
	br i1 %1794, label %1795, label %1799

1795:
	%1796 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1787
	%1797 = call i32 @llvm.ctpop.i32(i32 %1789)
	%1798 = atomicrmw add i32 addrspace(3)* %1796, i32 %1797 monotonic
	br label %1799

1799:
	%1800 = icmp uge i32 %1692, 2
	%1801 = and i32 %1692, %11
	%1802 = icmp eq i32 %1801, %7
	%1803 = and i1 %1800, %1802
	%1804 = lshr i32 %1692, 16
	%1805 = and i32 %1804, 255
	%1806 = select i1 %1803, i32 %1805, i32 256
	%1807 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1806)
	%1808 = shl i32 1, %3
	%1809 = sub i32 %1808, 1
	%1810 = and i32 %1807, %1809
	%1811 = icmp eq i32 %1810, 0
	%1812 = and i1 %1803, %1811
	br i1 %1812, label %1813, label %1817

1813:
	%1814 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1805
	%1815 = call i32 @llvm.ctpop.i32(i32 %1807)
	%1816 = atomicrmw add i32 addrspace(3)* %1814, i32 %1815 monotonic
	br label %1817

1817:
	%1818 = icmp uge i32 %1705, 2
	%1819 = and i32 %1705, %11
	%1820 = icmp eq i32 %1819, %7
	%1821 = and i1 %1818, %1820
	%1822 = lshr i32 %1705, 16
	%1823 = and i32 %1822, 255
	%1824 = select i1 %1821, i32 %1823, i32 256
	%1825 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1824)
	%1826 = shl i32 1, %3
	%1827 = sub i32 %1826, 1
	%1828 = and i32 %1825, %1827
	%1829 = icmp eq i32 %1828, 0
	%1830 = and i1 %1821, %1829
	br i1 %1830, label %1831, label %1835

1831:
	%1832 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1823
	%1833 = call i32 @llvm.ctpop.i32(i32 %1825)
	%1834 = atomicrmw add i32 addrspace(3)* %1832, i32 %1833 monotonic
	br label %1835

1835:
	%1836 = icmp uge i32 %1718, 2
	%1837 = and i32 %1718, %11
	%1838 = icmp eq i32 %1837, %7
	%1839 = and i1 %1836, %1838
	%1840 = lshr i32 %1718, 16
	%1841 = and i32 %1840, 255
	%1842 = select i1 %1839, i32 %1841, i32 256
	%1843 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1842)
	%1844 = shl i32 1, %3
	%1845 = sub i32 %1844, 1
	%1846 = and i32 %1843, %1845
	%1847 = icmp eq i32 %1846, 0
	%1848 = and i1 %1839, %1847
	br i1 %1848, label %1849, label %1853

1849:
	%1850 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1841
	%1851 = call i32 @llvm.ctpop.i32(i32 %1843)
	%1852 = atomicrmw add i32 addrspace(3)* %1850, i32 %1851 monotonic
	br label %1853

1853:
	%1854 = icmp uge i32 %1731, 2
	%1855 = and i32 %1731, %11
	%1856 = icmp eq i32 %1855, %7
	%1857 = and i1 %1854, %1856
	%1858 = lshr i32 %1731, 16
	%1859 = and i32 %1858, 255
	%1860 = select i1 %1857, i32 %1859, i32 256
	%1861 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1860)
	%1862 = shl i32 1, %3
	%1863 = sub i32 %1862, 1
	%1864 = and i32 %1861, %1863
	%1865 = icmp eq i32 %1864, 0
	%1866 = and i1 %1857, %1865
	br i1 %1866, label %1867, label %1871

1867:
	%1868 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1859
	%1869 = call i32 @llvm.ctpop.i32(i32 %1861)
	%1870 = atomicrmw add i32 addrspace(3)* %1868, i32 %1869 monotonic
	br label %1871

1871:
	%1872 = icmp uge i32 %1744, 2
	%1873 = and i32 %1744, %11
	%1874 = icmp eq i32 %1873, %7
	%1875 = and i1 %1872, %1874
	%1876 = lshr i32 %1744, 16
	%1877 = and i32 %1876, 255
	%1878 = select i1 %1875, i32 %1877, i32 256
	%1879 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1878)
	%1880 = shl i32 1, %3
	%1881 = sub i32 %1880, 1
	%1882 = and i32 %1879, %1881
	%1883 = icmp eq i32 %1882, 0
	%1884 = and i1 %1875, %1883
	br i1 %1884, label %1885, label %1889

1885:
	%1886 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %1877
	%1887 = call i32 @llvm.ctpop.i32(i32 %1879)
	%1888 = atomicrmw add i32 addrspace(3)* %1886, i32 %1887 monotonic
	br label %1889

1889:
	%1890 = add i32 %1555, 2048
	br label %1554

1891:
	br label %1923

1892:
	%1893 = mul i32 %1, 8
	%1894 = add i32 %1893, 6
	%1895 = mul i32 %2, %NQ
	%1896 = add i32 %1895, %1894
	%1897 = mul i32 %1896, %NK
	%1898 = mul i32 %1894, 64
	%1899 = add i32 %1898, %off
	%1900 = add i32 %1894, 1
	%1901 = mul i32 %1900, 64
	%1902 = icmp slt i32 %1901, %M
	%1903 = select i1 %1902, i32 %1901, i32 %M
	%1904 = sub i32 %1903, 1
	%1905 = add i32 %1904, %off
	%1906 = icmp slt i32 %1899, 0
	%1907 = sub i32 0, %1899
	%1908 = sub i32 64, 1
	%1909 = add i32 %1907, %1908
	%1910 = sdiv i32 %1909, 64
	%1911 = sub i32 0, %1910
	%1912 = sdiv i32 %1899, 64
	%1913 = select i1 %1906, i32 %1911, i32 %1912
	%1914 = icmp slt i32 %1905, 0
	%1915 = sub i32 0, %1905
	%1916 = sub i32 64, 1
	%1917 = add i32 %1915, %1916
	%1918 = sdiv i32 %1917, 64
	%1919 = sub i32 0, %1918
	%1920 = sdiv i32 %1905, 64
	%1921 = select i1 %1914, i32 %1919, i32 %1920
	%1922 = icmp slt i32 %1894, %NQ
	br i1 %1922, label %2260, label %2261

1923:
	%1924 = phi i32 [ %0, %1891 ], [ %2259, %2258 ]
	%1925 = phi i32 [ 0, %1891 ], [ %1925, %2258 ]
	%1926 = icmp slt i32 %1924, %15
	br i1 %1926, label %1927, label %2127

1927:
	%1928 = sub i32 %15, 1
	%1929 = add i32 %1924, 0
	%1930 = icmp slt i32 %1929, %15
	%1931 = icmp slt i32 %1929, %1928
	%1932 = select i1 %1931, i32 %1929, i32 %1928
	%1933 = add i32 %1924, 256
	%1934 = icmp slt i32 %1933, %15
	%1935 = icmp slt i32 %1933, %1928
	%1936 = select i1 %1935, i32 %1933, i32 %1928
	%1937 = add i32 %1924, 512
	%1938 = icmp slt i32 %1937, %15
	%1939 = icmp slt i32 %1937, %1928
	%1940 = select i1 %1939, i32 %1937, i32 %1928
	%1941 = add i32 %1924, 768
	%1942 = icmp slt i32 %1941, %15
	%1943 = icmp slt i32 %1941, %1928
	%1944 = select i1 %1943, i32 %1941, i32 %1928
	%1945 = add i32 %1924, 1024
	%1946 = icmp slt i32 %1945, %15
	%1947 = icmp slt i32 %1945, %1928
	%1948 = select i1 %1947, i32 %1945, i32 %1928
	%1949 = add i32 %1924, 1280
	%1950 = icmp slt i32 %1949, %15
	%1951 = icmp slt i32 %1949, %1928
	%1952 = select i1 %1951, i32 %1949, i32 %1928
	%1953 = add i32 %1924, 1536
	%1954 = icmp slt i32 %1953, %15
	%1955 = icmp slt i32 %1953, %1928
	%1956 = select i1 %1955, i32 %1953, i32 %1928
	%1957 = add i32 %1924, 1792
	%1958 = icmp slt i32 %1957, %15
	%1959 = icmp slt i32 %1957, %1928
	%1960 = select i1 %1959, i32 %1957, i32 %1928
	%1961 = sub i32 %NK, 1
	%1962 = icmp slt i32 %1929, %1961
	%1963 = select i1 %1962, i32 %1929, i32 %1961
	%1964 = add i32 %1528, %1963
	%1965 = sext i32 %1964 to i64
	%1966 = getelementptr float, float* %e, i64 %1965
	%1967 = load float, float* %1966
	%1968 = icmp slt i32 %1933, %1961
	%1969 = select i1 %1968, i32 %1933, i32 %1961
	%1970 = add i32 %1528, %1969
	%1971 = sext i32 %1970 to i64
	%1972 = getelementptr float, float* %e, i64 %1971
	%1973 = load float, float* %1972
	%1974 = icmp slt i32 %1937, %1961
	%1975 = select i1 %1974, i32 %1937, i32 %1961
	%1976 = add i32 %1528, %1975
	%1977 = sext i32 %1976 to i64
	%1978 = getelementptr float, float* %e, i64 %1977
	%1979 = load float, float* %1978
	%1980 = icmp slt i32 %1941, %1961
	%1981 = select i1 %1980, i32 %1941, i32 %1961
	%1982 = add i32 %1528, %1981
	%1983 = sext i32 %1982 to i64
	%1984 = getelementptr float, float* %e, i64 %1983
	%1985 = load float, float* %1984
	%1986 = icmp slt i32 %1945, %1961
	%1987 = select i1 %1986, i32 %1945, i32 %1961
	%1988 = add i32 %1528, %1987
	%1989 = sext i32 %1988 to i64
	%1990 = getelementptr float, float* %e, i64 %1989
	%1991 = load float, float* %1990
	%1992 = icmp slt i32 %1949, %1961
	%1993 = select i1 %1992, i32 %1949, i32 %1961
	%1994 = add i32 %1528, %1993
	%1995 = sext i32 %1994 to i64
	%1996 = getelementptr float, float* %e, i64 %1995
	%1997 = load float, float* %1996
	%1998 = icmp slt i32 %1953, %1961
	%1999 = select i1 %1998, i32 %1953, i32 %1961
	%2000 = add i32 %1528, %1999
	%2001 = sext i32 %2000 to i64
	%2002 = getelementptr float, float* %e, i64 %2001
	%2003 = load float, float* %2002
	%2004 = icmp slt i32 %1957, %1961
	%2005 = select i1 %2004, i32 %1957, i32 %1961
	%2006 = add i32 %1528, %2005
	%2007 = sext i32 %2006 to i64
	%2008 = getelementptr float, float* %e, i64 %2007
	%2009 = load float, float* %2008
	%2010 = icmp slt i32 %1929, %NK
	%2011 = fcmp oge float %1967, 0.0
	%2012 = and i1 %2010, %2011
	%2013 = icmp sge i32 %1929, %1544
	%2014 = icmp sle i32 %1929, %1552
	%2015 = and i1 %2013, %2014
	%2016 = or i1 false, %2015
	%2017 = icmp eq i32 %1929, 0
	%2018 = or i1 %2016, %2017
	%2019 = bitcast float %1967 to i32
	%2020 = add i32 %2019, 2
	%2021 = select i1 %2018, i32 1, i32 %2020
	%2022 = select i1 %2012, i32 %2021, i32 0
	%2023 = icmp slt i32 %1933, %NK
	%2024 = fcmp oge float %1973, 0.0
	%2025 = and i1 %2023, %2024
	%2026 = icmp sge i32 %1933, %1544
	%2027 = icmp sle i32 %1933, %1552
	%2028 = and i1 %2026, %2027
	%2029 = or i1 false, %2028
	%2030 = icmp eq i32 %1933, 0
	%2031 = or i1 %2029, %2030
	%2032 = bitcast float %1973 to i32
	%2033 = add i32 %2032, 2
	%2034 = select i1 %2031, i32 1, i32 %2033
	%2035 = select i1 %2025, i32 %2034, i32 0
	%2036 = icmp slt i32 %1937, %NK
	%2037 = fcmp oge float %1979, 0.0
	%2038 = and i1 %2036, %2037
	%2039 = icmp sge i32 %1937, %1544
	%2040 = icmp sle i32 %1937, %1552
	%2041 = and i1 %2039, %2040
	%2042 = or i1 false, %2041
	%2043 = icmp eq i32 %1937, 0
	%2044 = or i1 %2042, %2043
	%2045 = bitcast float %1979 to i32
	%2046 = add i32 %2045, 2
	%2047 = select i1 %2044, i32 1, i32 %2046
	%2048 = select i1 %2038, i32 %2047, i32 0
	%2049 = icmp slt i32 %1941, %NK
	%2050 = fcmp oge float %1985, 0.0
	%2051 = and i1 %2049, %2050
	%2052 = icmp sge i32 %1941, %1544
	%2053 = icmp sle i32 %1941, %1552
	%2054 = and i1 %2052, %2053
	%2055 = or i1 false, %2054
	%2056 = icmp eq i32 %1941, 0
	%2057 = or i1 %2055, %2056
	%2058 = bitcast float %1985 to i32
	%2059 = add i32 %2058, 2
	%2060 = select i1 %2057, i32 1, i32 %2059
	%2061 = select i1 %2051, i32 %2060, i32 0
	%2062 = icmp slt i32 %1945, %NK
	%2063 = fcmp oge float %1991, 0.0
	%2064 = and i1 %2062, %2063
	%2065 = icmp sge i32 %1945, %1544
	%2066 = icmp sle i32 %1945, %1552
	%2067 = and i1 %2065, %2066
	%2068 = or i1 false, %2067
	%2069 = icmp eq i32 %1945, 0
	%2070 = or i1 %2068, %2069
	%2071 = bitcast float %1991 to i32
	%2072 = add i32 %2071, 2
	%2073 = select i1 %2070, i32 1, i32 %2072
	%2074 = select i1 %2064, i32 %2073, i32 0
	%2075 = icmp slt i32 %1949, %NK
	%2076 = fcmp oge float %1997, 0.0
	%2077 = and i1 %2075, %2076
	%2078 = icmp sge i32 %1949, %1544
	%2079 = icmp sle i32 %1949, %1552
	%2080 = and i1 %2078, %2079
	%2081 = or i1 false, %2080
	%2082 = icmp eq i32 %1949, 0
	%2083 = or i1 %2081, %2082
	%2084 = bitcast float %1997 to i32
	%2085 = add i32 %2084, 2
	%2086 = select i1 %2083, i32 1, i32 %2085
	%2087 = select i1 %2077, i32 %2086, i32 0
	%2088 = icmp slt i32 %1953, %NK
	%2089 = fcmp oge float %2003, 0.0
	%2090 = and i1 %2088, %2089
	%2091 = icmp sge i32 %1953, %1544
	%2092 = icmp sle i32 %1953, %1552
	%2093 = and i1 %2091, %2092
	%2094 = or i1 false, %2093
	%2095 = icmp eq i32 %1953, 0
	%2096 = or i1 %2094, %2095
	%2097 = bitcast float %2003 to i32
	%2098 = add i32 %2097, 2
	%2099 = select i1 %2096, i32 1, i32 %2098
	%2100 = select i1 %2090, i32 %2099, i32 0
	%2101 = icmp slt i32 %1957, %NK
	%2102 = fcmp oge float %2009, 0.0
	%2103 = and i1 %2101, %2102
	%2104 = icmp sge i32 %1957, %1544
	%2105 = icmp sle i32 %1957, %1552
	%2106 = and i1 %2104, %2105
	%2107 = or i1 false, %2106
	%2108 = icmp eq i32 %1957, 0
	%2109 = or i1 %2107, %2108
	%2110 = bitcast float %2009 to i32
	%2111 = add i32 %2110, 2
	%2112 = select i1 %2109, i32 1, i32 %2111
	%2113 = select i1 %2103, i32 %2112, i32 0
	%2114 = icmp uge i32 %2022, 2
	%2115 = and i32 %2022, %11
	%2116 = icmp eq i32 %2115, %7
	%2117 = and i1 %2114, %2116
	%2118 = lshr i32 %2022, 16
	%2119 = and i32 %2118, 255
	%2120 = select i1 %2117, i32 %2119, i32 256
	%2121 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2120)
	%2122 = shl i32 1, %3
	%2123 = sub i32 %2122, 1
	%2124 = and i32 %2121, %2123
	%2125 = icmp eq i32 %2124, 0
	%2126 = and i1 %2117, %2125
	br i1 %2126, label %2128, label %2132

2127:
	br label %1892

2128:
	%2129 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2119
	%2130 = call i32 @llvm.ctpop.i32(i32 %2121)
	%2131 = atomicrmw add i32 addrspace(3)* %2129, i32 %2130 monotonic
	br label %2132

2132:
	%2133 = icmp uge i32 %2035, 2
	%2134 = and i32 %2035, %11
	%2135 = icmp eq i32 %2134, %7
	%2136 = and i1 %2133, %2135
	%2137 = lshr i32 %2035, 16
	%2138 = and i32 %2137, 255
	%2139 = select i1 %2136, i32 %2138, i32 256
	%2140 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2139)
	%2141 = shl i32 1, %3
	%2142 = sub i32 %2141, 1
	%2143 = and i32 %2140, %2142
	%2144 = icmp eq i32 %2143, 0
	%2145 = and i1 %2136, %2144
	br i1 %2145, label %2146, label %2150

2146:
	%2147 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2138
	%2148 = call i32 @llvm.ctpop.i32(i32 %2140)
	%2149 = atomicrmw add i32 addrspace(3)* %2147, i32 %2148 monotonic
	br label %2150

2150:
	%2151 = icmp uge i32 %2048, 2
	%2152 = and i32 %2048, %11
	%2153 = icmp eq i32 %2152, %7
	%2154 = and i1 %2151, %2153
	%2155 = lshr i32 %2048, 16
	%2156 = and i32 %2155, 255
	%2157 = select i1 %2154, i32 %2156, i32 256
	%2158 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2157)
	%2159 = shl i32 1, %3
	%2160 = sub i32 %2159, 1
	%2161 = and i32 %2158, %2160
	%2162 = icmp eq i32 %2161, 0
	%2163 = and i1 %2154, %2162
	br i1 %2163, label %2164, label %2168

2164:
	%2165 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2156
	%2166 = call i32 @llvm.ctpop.i32(i32 %2158)
	%2167 = atomicrmw add i32 addrspace(3)* %2165, i32 %2166 monotonic
	br label %2168

2168:
	%2169 = icmp uge i32 %2061, 2
	%2170 = and i32 %2061, %11
	%2171 = icmp eq i32 %2170, %7
	%2172 = and i1 %2169, %2171
	%2173 = lshr i32 %2061, 16
	%2174 = and i32 %2173, 255
	%2175 = select i1 %2172, i32 %2174, i32 256
	%2176 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2175)
	%2177 = shl i32 1, %3
	%2178 = sub i32 %2177, 1
	%2179 = and i32 %2176, %2178
	%2180 = icmp eq i32 %2179, 0
	%2181 = and i1 %2172, %2180
	br i1 %2181, label %2182, label %2186

2182:
	%2183 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2174
	%2184 = call i32 @llvm.ctpop.i32(i32 %2176)
	%2185 = atomicrmw add i32 addrspace(3)* %2183, i32 %2184 monotonic
	br label %2186

2186:
	%2187 = icmp uge i32 %2074, 2
	%2188 = and i32 %2074, %11
	%2189 = icmp eq i32 %2188, %7
	%2190 = and i1 %2187, %2189
	%2191 = lshr i32 %2074, 16
	%2192 = and i32 %2191, 255
	%2193 = select i1 %2190, i32 %2192, i32 256
	%2194 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2193)
	%2195 = shl i32 1, %3
	%2196 = sub i32 %2195, 1
	%2197 = and i32 %2194, %2196
	%2198 = icmp eq i32 %2197, 0
	%2199 = and i1 %2190, %2198
	br i1 %2199, label %2200, label %2204

2200:
	%2201 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2192
	%2202 = call i32 @llvm.ctpop.i32(i32 %2194)
	%2203 = atomicrmw add i32 addrspace(3)* %2201, i32 %2202 monotonic
	br label %2204

2204:
	%2205 = icmp uge i32 %2087, 2
	%2206 = and i32 %2087, %11
	%2207 = icmp eq i32 %2206, %7
	%2208 = and i1 %2205, %2207
	%2209 = lshr i32 %2087, 16
	%2210 = and i32 %2209, 255
	%2211 = select i1 %2208, i32 %2210, i32 256
	%2212 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2211)
	%2213 = shl i32 1, %3
	%2214 = sub i32 %2213, 1
	%2215 = and i32 %2212, %2214
	%2216 = icmp eq i32 %2215, 0
	%2217 = and i1 %2208, %2216
	br i1 %2217, label %2218, label %2222

2218:
	%2219 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2210
	%2220 = call i32 @llvm.ctpop.i32(i32 %2212)
	%2221 = atomicrmw add i32 addrspace(3)* %2219, i32 %2220 monotonic
	br label %2222

2222:
	%2223 = icmp uge i32 %2100, 2
	%2224 = and i32 %2100, %11
	%2225 = icmp eq i32 %2224, %7
	%2226 = and i1 %2223, %2225
	%2227 = lshr i32 %2100, 16
	%2228 = and i32 %2227, 255
	%2229 = select i1 %2226, i32 %2228, i32 256
	%2230 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2229)
	%2231 = shl i32 1, %3
	%2232 = sub i32 %2231, 1
	%2233 = and i32 %2230, %2232
	%2234 = icmp eq i32 %2233, 0
	%2235 = and i1 %2226, %2234
	br i1 %2235, label %2236, label %2240

2236:
	%2237 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2228
	%2238 = call i32 @llvm.ctpop.i32(i32 %2230)
	%2239 = atomicrmw add i32 addrspace(3)* %2237, i32 %2238 monotonic
	br label %2240

2240:
	%2241 = icmp uge i32 %2113, 2
	%2242 = and i32 %2113, %11
	%2243 = icmp eq i32 %2242, %7
	%2244 = and i1 %2241, %2243
	%2245 = lshr i32 %2113, 16
	%2246 = and i32 %2245, 255
	%2247 = select i1 %2244, i32 %2246, i32 256
	%2248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2247)
	%2249 = shl i32 1, %3
	%2250 = sub i32 %2249, 1
	%2251 = and i32 %2248, %2250
	%2252 = icmp eq i32 %2251, 0
	%2253 = and i1 %2244, %2252
	br i1 %2253, label %2254, label %2258

2254:
	%2255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2246
	%2256 = call i32 @llvm.ctpop.i32(i32 %2248)
	%2257 = atomicrmw add i32 addrspace(3)* %2255, i32 %2256 monotonic
	br label %2258

2258:
	%2259 = add i32 %1924, 2048
	br label %1923

2260:
	br label %2292

2261:
	%2262 = mul i32 %1, 8
	%2263 = add i32 %2262, 7
	%2264 = mul i32 %2, %NQ
	%2265 = add i32 %2264, %2263
	%2266 = mul i32 %2265, %NK
	%2267 = mul i32 %2263, 64
	%2268 = add i32 %2267, %off
	%2269 = add i32 %2263, 1
	%2270 = mul i32 %2269, 64
	%2271 = icmp slt i32 %2270, %M
	%2272 = select i1 %2271, i32 %2270, i32 %M
	%2273 = sub i32 %2272, 1
	%2274 = add i32 %2273, %off
	%2275 = icmp slt i32 %2268, 0
	%2276 = sub i32 0, %2268
	%2277 = sub i32 64, 1
	%2278 = add i32 %2276, %2277
	%2279 = sdiv i32 %2278, 64
	%2280 = sub i32 0, %2279
	%2281 = sdiv i32 %2268, 64
	%2282 = select i1 %2275, i32 %2280, i32 %2281
	%2283 = icmp slt i32 %2274, 0
	%2284 = sub i32 0, %2274
	%2285 = sub i32 64, 1
	%2286 = add i32 %2284, %2285
	%2287 = sdiv i32 %2286, 64
	%2288 = sub i32 0, %2287
	%2289 = sdiv i32 %2274, 64
	%2290 = select i1 %2283, i32 %2288, i32 %2289
	%2291 = icmp slt i32 %2263, %NQ
	br i1 %2291, label %2629, label %2630

2292:
	%2293 = phi i32 [ %0, %2260 ], [ %2628, %2627 ]
	%2294 = phi i32 [ 0, %2260 ], [ %2294, %2627 ]
	%2295 = icmp slt i32 %2293, %15
	br i1 %2295, label %2296, label %2496

2296:
	%2297 = sub i32 %15, 1
	%2298 = add i32 %2293, 0
	%2299 = icmp slt i32 %2298, %15
	%2300 = icmp slt i32 %2298, %2297
	%2301 = select i1 %2300, i32 %2298, i32 %2297
	%2302 = add i32 %2293, 256
	%2303 = icmp slt i32 %2302, %15
	%2304 = icmp slt i32 %2302, %2297
	%2305 = select i1 %2304, i32 %2302, i32 %2297
	%2306 = add i32 %2293, 512
	%2307 = icmp slt i32 %2306, %15
	%2308 = icmp slt i32 %2306, %2297
	%2309 = select i1 %2308, i32 %2306, i32 %2297
	%2310 = add i32 %2293, 768
	%2311 = icmp slt i32 %2310, %15
	%2312 = icmp slt i32 %2310, %2297
	%2313 = select i1 %2312, i32 %2310, i32 %2297
	%2314 = add i32 %2293, 1024
	%2315 = icmp slt i32 %2314, %15
	%2316 = icmp slt i32 %2314, %2297
	%2317 = select i1 %2316, i32 %2314, i32 %2297
	%2318 = add i32 %2293, 1280
	%2319 = icmp slt i32 %2318, %15
	%2320 = icmp slt i32 %2318, %2297
	%2321 = select i1 %2320, i32 %2318, i32 %2297
	%2322 = add i32 %2293, 1536
	%2323 = icmp slt i32 %2322, %15
	%2324 = icmp slt i32 %2322, %2297
	%2325 = select i1 %2324, i32 %2322, i32 %2297
	%2326 = add i32 %2293, 1792
	%2327 = icmp slt i32 %2326, %15
	%2328 = icmp slt i32 %2326, %2297
	%2329 = select i1 %2328, i32 %2326, i32 %2297
	%2330 = sub i32 %NK, 1
	%2331 = icmp slt i32 %2298, %2330
	%2332 = select i1 %2331, i32 %2298, i32 %2330
	%2333 = add i32 %1897, %2332
	%2334 = sext i32 %2333 to i64
	%2335 = getelementptr float, float* %e, i64 %2334
	%2336 = load float, float* %2335
	%2337 = icmp slt i32 %2302, %2330
	%2338 = select i1 %2337, i32 %2302, i32 %2330
	%2339 = add i32 %1897, %2338
	%2340 = sext i32 %2339 to i64
	%2341 = getelementptr float, float* %e, i64 %2340
	%2342 = load float, float* %2341
	%2343 = icmp slt i32 %2306, %2330
	%2344 = select i1 %2343, i32 %2306, i32 %2330
	%2345 = add i32 %1897, %2344
	%2346 = sext i32 %2345 to i64
	%2347 = getelementptr float, float* %e, i64 %2346
	%2348 = load float, float* %2347
	%2349 = icmp slt i32 %2310, %2330
	%2350 = select i1 %2349, i32 %2310, i32 %2330
	%2351 = add i32 %1897, %2350
	%2352 = sext i32 %2351 to i64
	%2353 = getelementptr float, float* %e, i64 %2352
	%2354 = load float, float* %2353
	%2355 = icmp slt i32 %2314, %2330
	%2356 = select i1 %2355, i32 %2314, i32 %2330
	%2357 = add i32 %1897, %2356
	%2358 = sext i32 %2357 to i64
	%2359 = getelementptr float, float* %e, i64 %2358
	%2360 = load float, float* %2359
	%2361 = icmp slt i32 %2318, %2330
	%2362 = select i1 %2361, i32 %2318, i32 %2330
	%2363 = add i32 %1897, %2362
	%2364 = sext i32 %2363 to i64
	%2365 = getelementptr float, float* %e, i64 %2364
	%2366 = load float, float* %2365
	%2367 = icmp slt i32 %2322, %2330
	%2368 = select i1 %2367, i32 %2322, i32 %2330
	%2369 = add i32 %1897, %2368
	%2370 = sext i32 %2369 to i64
	%2371 = getelementptr float, float* %e, i64 %2370
	%2372 = load float, float* %2371
	%2373 = icmp slt i32 %2326, %2330
	%2374 = select i1 %2373, i32 %2326, i32 %2330
	%2375 = add i32 %1897, %2374
	%2376 = sext i32 %2375 to i64
	%2377 = getelementptr float, float* %e, i64 %2376
	%2378 = load float, float* %2377
	%2379 = icmp slt i32 %2298, %NK
	%2380 = fcmp oge float %2336, 0.0
	%2381 = and i1 %2379, %2380
	%2382 = icmp sge i32 %2298, %1913
	%2383 = icmp sle i32 %2298, %1921
	%2384 = and i1 %2382, %2383
	%2385 = or i1 false, %2384
	%2386 = icmp eq i32 %2298, 0
	%2387 = or i1 %2385, %2386
	%2388 = bitcast float %2336 to i32
	%2389 = add i32 %2388, 2
	%2390 = select i1 %2387, i32 1, i32 %2389
	%2391 = select i1 %2381, i32 %2390, i32 0
	%2392 = icmp slt i32 %2302, %NK
	%2393 = fcmp oge float %2342, 0.0
	%2394 = and i1 %2392, %2393
	%2395 = icmp sge i32 %2302, %1913
	%2396 = icmp sle i32 %2302, %1921
	%2397 = and i1 %2395, %2396
	%2398 = or i1 false, %2397
	%2399 = icmp eq i32 %2302, 0
	%2400 = or i1 %2398, %2399
	%2401 = bitcast float %2342 to i32
	%2402 = add i32 %2401, 2
	%2403 = select i1 %2400, i32 1, i32 %2402
	%2404 = select i1 %2394, i32 %2403, i32 0
	%2405 = icmp slt i32 %2306, %NK
	%2406 = fcmp oge float %2348, 0.0
	%2407 = and i1 %2405, %2406
	%2408 = icmp sge i32 %2306, %1913
	%2409 = icmp sle i32 %2306, %1921
	%2410 = and i1 %2408, %2409
	%2411 = or i1 false, %2410
	%2412 = icmp eq i32 %2306, 0
	%2413 = or i1 %2411, %2412
	%2414 = bitcast float %2348 to i32
	%2415 = add i32 %2414, 2
	%2416 = select i1 %2413, i32 1, i32 %2415
	%2417 = select i1 %2407, i32 %2416, i32 0
	%2418 = icmp slt i32 %2310, %NK
	%2419 = fcmp oge float %2354, 0.0
	%2420 = and i1 %2418, %2419
	%2421 = icmp sge i32 %2310, %1913
	%2422 = icmp sle i32 %2310, %1921
	%2423 = and i1 %2421, %2422
	%2424 = or i1 false, %2423
	%2425 = icmp eq i32 %2310, 0
	%2426 = or i1 %2424, %2425
	%2427 = bitcast float %2354 to i32
	%2428 = add i32 %2427, 2
	%2429 = select i1 %2426, i32 1, i32 %2428
	%2430 = select i1 %2420, i32 %2429, i32 0
	%2431 = icmp slt i32 %2314, %NK
	%2432 = fcmp oge float %2360, 0.0
	%2433 = and i1 %2431, %2432
	%2434 = icmp sge i32 %2314, %1913
	%2435 = icmp sle i32 %2314, %1921
	%2436 = and i1 %2434, %2435
	%2437 = or i1 false, %2436
	%2438 = icmp eq i32 %2314, 0
	%2439 = or i1 %2437, %2438
	%2440 = bitcast float %2360 to i32
	%2441 = add i32 %2440, 2
	%2442 = select i1 %2439, i32 1, i32 %2441
	%2443 = select i1 %2433, i32 %2442, i32 0
	%2444 = icmp slt i32 %2318, %NK
	%2445 = fcmp oge float %2366, 0.0
	%2446 = and i1 %2444, %2445
	%2447 = icmp sge i32 %2318, %1913
	%2448 = icmp sle i32 %2318, %1921
	%2449 = and i1 %2447, %2448
	%2450 = or i1 false, %2449
	%2451 = icmp eq i32 %2318, 0
	%2452 = or i1 %2450, %2451
	%2453 = bitcast float %2366 to i32
	%2454 = add i32 %2453, 2
	%2455 = select i1 %2452, i32 1, i32 %2454
	%2456 = select i1 %2446, i32 %2455, i32 0
	%2457 = icmp slt i32 %2322, %NK
	%2458 = fcmp oge float %2372, 0.0
	%2459 = and i1 %2457, %2458
	%2460 = icmp sge i32 %2322, %1913
	%2461 = icmp sle i32 %2322, %1921
	%2462 = and i1 %2460, %2461
	%2463 = or i1 false, %2462
	%2464 = icmp eq i32 %2322, 0
	%2465 = or i1 %2463, %2464
	%2466 = bitcast float %2372 to i32
	%2467 = add i32 %2466, 2
	%2468 = select i1 %2465, i32 1, i32 %2467
	%2469 = select i1 %2459, i32 %2468, i32 0
	%2470 = icmp slt i32 %2326, %NK
	%2471 = fcmp oge float %2378, 0.0
	%2472 = and i1 %2470, %2471
	%2473 = icmp sge i32 %2326, %1913
	%2474 = icmp sle i32 %2326, %1921
	%2475 = and i1 %2473, %2474
	%2476 = or i1 false, %2475
	%2477 = icmp eq i32 %2326, 0
	%2478 = or i1 %2476, %2477
	%2479 = bitcast float %2378 to i32
	%2480 = add i32 %2479, 2
	%2481 = select i1 %2478, i32 1, i32 %2480
	%2482 = select i1 %2472, i32 %2481, i32 0
	%2483 = icmp uge i32 %2391, 2
	%2484 = and i32 %2391, %11
	%2485 = icmp eq i32 %2484, %7
	%2486 = and i1 %2483, %2485
	%2487 = lshr i32 %2391, 16
	%2488 = and i32 %2487, 255
	%2489 = select i1 %2486, i32 %2488, i32 256
	%2490 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2489)
	%2491 = shl i32 1, %3
	%2492 = sub i32 %2491, 1
	%2493 = and i32 %2490, %2492
	%2494 = icmp eq i32 %2493, 0
	%2495 = and i1 %2486, %2494
	br i1 %2495, label %2497, label %2501

2496:
	br label %2261

2497:
	%2498 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2488
	%2499 = call i32 @llvm.ctpop.i32(i32 %2490)
	%2500 = atomicrmw add i32 addrspace(3)* %2498, i32 %2499 monotonic
	br label %2501

2501:
	%2502 = icmp uge i32 %2404, 2
	%2503 = and i32 %2404, %11
	%2504 = icmp eq i32 %2503, %7
	%2505 = and i1 %2502, %2504
	%2506 = lshr i32 %2404, 16
	%2507 = and i32 %2506, 255
	%2508 = select i1 %2505, i32 %2507, i32 256
	%2509 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2508)
	%2510 = shl i32 1, %3
	%2511 = sub i32 %2510, 1
	%2512 = and i32 %2509, %2511
	%2513 = icmp eq i32 %2512, 0
	%2514 = and i1 %2505, %2513
	br i1 %2514, label %2515, label %2519

2515:
	%2516 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2507
	%2517 = call i32 @llvm.ctpop.i32(i32 %2509)
	%2518 = atomicrmw add i32 addrspace(3)* %2516, i32 %2517 monotonic
	br label %2519

2519:
	%2520 = icmp uge i32 %2417, 2
	%2521 = and i32 %2417, %11
	%2522 = icmp eq i32 %2521, %7
	%2523 = and i1 %2520, %2522
	%2524 = lshr i32 %2417, 16
	%2525 = and i32 %2524, 255
	%2526 = select i1 %2523, i32 %2525, i32 256
	%2527 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2526)
	%2528 = shl i32 1, %3
	%2529 = sub i32 %2528, 1
	%2530 = and i32 %2527, %2529
	%2531 = icmp eq i32 %2530, 0
	%2532 = and i1 %2523, %2531
	br i1 %2532, label %2533, label %2537

2533:
	%2534 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2525
	%2535 = call i32 @llvm.ctpop.i32(i32 %2527)
	%2536 = atomicrmw add i32 addrspace(3)* %2534, i32 %2535 monotonic
	br label %2537

2537:
	%2538 = icmp uge i32 %2430, 2
	%2539 = and i32 %2430, %11
	%2540 = icmp eq i32 %2539, %7
	%2541 = and i1 %2538, %2540
	%2542 = lshr i32 %2430, 16
	%2543 = and i32 %2542, 255
	%2544 = select i1 %2541, i32 %2543, i32 256
	%2545 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2544)
	%2546 = shl i32 1, %3
	%2547 = sub i32 %2546, 1
	%2548 = and i32 %2545, %2547
	%2549 = icmp eq i32 %2548, 0
	%2550 = and i1 %2541, %2549
	br i1 %2550, label %2551, label %2555

2551:
	%2552 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2543
	%2553 = call i32 @llvm.ctpop.i32(i32 %2545)
	%2554 = atomicrmw add i32 addrspace(3)* %2552, i32 %2553 monotonic
	br label %2555

2555:
	%2556 = icmp uge i32 %2443, 2
	%2557 = and i32 %2443, %11
	%2558 = icmp eq i32 %2557, %7
	%2559 = and i1 %2556, %2558
	%2560 = lshr i32 %2443, 16
	%2561 = and i32 %2560, 255
	%2562 = select i1 %2559, i32 %2561, i32 256
	%2563 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2562)
	%2564 = shl i32 1, %3
	%2565 = sub i32 %2564, 1
	%2566 = and i32 %2563, %2565
	%2567 = icmp eq i32 %2566, 0
	%2568 = and i1 %2559, %2567
	br i1 %2568, label %2569, label %2573

2569:
	%2570 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2561
	%2571 = call i32 @llvm.ctpop.i32(i32 %2563)
	%2572 = atomicrmw add i32 addrspace(3)* %2570, i32 %2571 monotonic
	br label %2573

2573:
	%2574 = icmp uge i32 %2456, 2
	%2575 = and i32 %2456, %11
	%2576 = icmp eq i32 %2575, %7
	%2577 = and i1 %2574, %2576
	%2578 = lshr i32 %2456, 16
	%2579 = and i32 %2578, 255
	%2580 = select i1 %2577, i32 %2579, i32 256
	%2581 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2580)
	%2582 = shl i32 1, %3
	%2583 = sub i32 %2582, 1
	%2584 = and i32 %2581, %2583
	%2585 = icmp eq i32 %2584, 0
	%2586 = and i1 %2577, %2585
	br i1 %2586, label %2587, label %2591

2587:
	%2588 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2579
	%2589 = call i32 @llvm.ctpop.i32(i32 %2581)
	%2590 = atomicrmw add i32 addrspace(3)* %2588, i32 %2589 monotonic
	br label %2591

2591:
	%2592 = icmp uge i32 %2469, 2
	%2593 = and i32 %2469, %11
	%2594 = icmp eq i32 %2593, %7
	%2595 = and i1 %2592, %2594
	%2596 = lshr i32 %2469, 16
	%2597 = and i32 %2596, 255
	%2598 = select i1 %2595, i32 %2597, i32 256
	%2599 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2598)
	%2600 = shl i32 1, %3
	%2601 = sub i32 %2600, 1
	%2602 = and i32 %2599, %2601
	%2603 = icmp eq i32 %2602, 0
	%2604 = and i1 %2595, %2603
	br i1 %2604, label %2605, label %2609

2605:
	%2606 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2597
	%2607 = call i32 @llvm.ctpop.i32(i32 %2599)
	%2608 = atomicrmw add i32 addrspace(3)* %2606, i32 %2607 monotonic
	br label %2609

2609:
	%2610 = icmp uge i32 %2482, 2
	%2611 = and i32 %2482, %11
	%2612 = icmp eq i32 %2611, %7
	%2613 = and i1 %2610, %2612
	%2614 = lshr i32 %2482, 16
	%2615 = and i32 %2614, 255
	%2616 = select i1 %2613, i32 %2615, i32 256
	%2617 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2616)
	%2618 = shl i32 1, %3
	%2619 = sub i32 %2618, 1
	%2620 = and i32 %2617, %2619
	%2621 = icmp eq i32 %2620, 0
	%2622 = and i1 %2613, %2621
	br i1 %2622, label %2623, label %2627

2623:
	%2624 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2615
	%2625 = call i32 @llvm.ctpop.i32(i32 %2617)
	%2626 = atomicrmw add i32 addrspace(3)* %2624, i32 %2625 monotonic
	br label %2627

2627:
	%2628 = add i32 %2293, 2048
	br label %2292

2629:
	br label %2634

2630:
	call void @llvm.nvvm.barrier0()
	%2631 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %0
	%2632 = load i32, i32 addrspace(3)* %2631
	%2633 = icmp ne i32 %2632, 0
	br i1 %2633, label %2971, label %2977

2634:
	%2635 = phi i32 [ %0, %2629 ], [ %2970, %2969 ]
	%2636 = phi i32 [ 0, %2629 ], [ %2636, %2969 ]
	%2637 = icmp slt i32 %2635, %15
	br i1 %2637, label %2638, label %2838

2638:
	%2639 = sub i32 %15, 1
	%2640 = add i32 %2635, 0
	%2641 = icmp slt i32 %2640, %15
	%2642 = icmp slt i32 %2640, %2639
	%2643 = select i1 %2642, i32 %2640, i32 %2639
	%2644 = add i32 %2635, 256
	%2645 = icmp slt i32 %2644, %15
	%2646 = icmp slt i32 %2644, %2639
	%2647 = select i1 %2646, i32 %2644, i32 %2639
	%2648 = add i32 %2635, 512
	%2649 = icmp slt i32 %2648, %15
	%2650 = icmp slt i32 %2648, %2639
	%2651 = select i1 %2650, i32 %2648, i32 %2639
	%2652 = add i32 %2635, 768
	%2653 = icmp slt i32 %2652, %15
	%2654 = icmp slt i32 %2652, %2639
	%2655 = select i1 %2654, i32 %2652, i32 %2639
	%2656 = add i32 %2635, 1024
	%2657 = icmp slt i32 %2656, %15
	%2658 = icmp slt i32 %2656, %2639
	%2659 = select i1 %2658, i32 %2656, i32 %2639
	%2660 = add i32 %2635, 1280
	%2661 = icmp slt i32 %2660, %15
	%2662 = icmp slt i32 %2660, %2639
	%2663 = select i1 %2662, i32 %2660, i32 %2639
	%2664 = add i32 %2635, 1536
	%2665 = icmp slt i32 %2664, %15
	%2666 = icmp slt i32 %2664, %2639
	%2667 = select i1 %2666, i32 %2664, i32 %2639
	%2668 = add i32 %2635, 1792
	%2669 = icmp slt i32 %2668, %15
	%2670 = icmp slt i32 %2668, %2639
	%2671 = select i1 %2670, i32 %2668, i32 %2639
	%2672 = sub i32 %NK, 1
	%2673 = icmp slt i32 %2640, %2672
	%2674 = select i1 %2673, i32 %2640, i32 %2672
	%2675 = add i32 %2266, %2674
	%2676 = sext i32 %2675 to i64
	%2677 = getelementptr float, float* %e, i64 %2676
	%2678 = load float, float* %2677
	%2679 = icmp slt i32 %2644, %2672
	%2680 = select i1 %2679, i32 %2644, i32 %2672
	%2681 = add i32 %2266, %2680
	%2682 = sext i32 %2681 to i64
	%2683 = getelementptr float, float* %e, i64 %2682
	%2684 = load float, float* %2683
	%2685 = icmp slt i32 %2648, %2672
	%2686 = select i1 %2685, i32 %2648, i32 %2672
	%2687 = add i32 %2266, %2686
	%2688 = sext i32 %2687 to i64
	%2689 = getelementptr float, float* %e, i64 %2688
	%2690 = load float, float* %2689
	%2691 = icmp slt i32 %2652, %2672
	%2692 = select i1 %2691, i32 %2652, i32 %2672
	%2693 = add i32 %2266, %2692
	%2694 = sext i32 %2693 to i64
	%2695 = getelementptr float, float* %e, i64 %2694
	%2696 = load float, float* %2695
	%2697 = icmp slt i32 %2656, %2672
	%2698 = select i1 %2697, i32 %2656, i32 %2672
	%2699 = add i32 %2266, %2698
	%2700 = sext i32 %2699 to i64
	%2701 = getelementptr float, float* %e, i64 %2700
	%2702 = load float, float* %2701
	%2703 = icmp slt i32 %2660, %2672
	%2704 = select i1 %2703, i32 %2660, i32 %2672
	%2705 = add i32 %2266, %2704
	%2706 = sext i32 %2705 to i64
	%2707 = getelementptr float, float* %e, i64 %2706
	%2708 = load float, float* %2707
	%2709 = icmp slt i32 %2664, %2672
	%2710 = select i1 %2709, i32 %2664, i32 %2672
	%2711 = add i32 %2266, %2710
	%2712 = sext i32 %2711 to i64
	%2713 = getelementptr float, float* %e, i64 %2712
	%2714 = load float, float* %2713
	%2715 = icmp slt i32 %2668, %2672
	%2716 = select i1 %2715, i32 %2668, i32 %2672
	%2717 = add i32 %2266, %2716
	%2718 = sext i32 %2717 to i64
	%2719 = getelementptr float, float* %e, i64 %2718
	%2720 = load float, float* %2719
	%2721 = icmp slt i32 %2640, %NK
	%2722 = fcmp oge float %2678, 0.0
	%2723 = and i1 %2721, %2722
	%2724 = icmp sge i32 %2640, %2282
	%2725 = icmp sle i32 %2640, %2290
	%2726 = and i1 %2724, %2725
	%2727 = or i1 false, %2726
	%2728 = icmp eq i32 %2640, 0
	%2729 = or i1 %2727, %2728
	%2730 = bitcast float %2678 to i32
	%2731 = add i32 %2730, 2
	%2732 = select i1 %2729, i32 1, i32 %2731
	%2733 = select i1 %2723, i32 %2732, i32 0
	%2734 = icmp slt i32 %2644, %NK
	%2735 = fcmp oge float %2684, 0.0
	%2736 = and i1 %2734, %2735
	%2737 = icmp sge i32 %2644, %2282
	%2738 = icmp sle i32 %2644, %2290
	%2739 = and i1 %2737, %2738
	%2740 = or i1 false, %2739
	%2741 = icmp eq i32 %2644, 0
	%2742 = or i1 %2740, %2741
	%2743 = bitcast float %2684 to i32
	%2744 = add i32 %2743, 2
	%2745 = select i1 %2742, i32 1, i32 %2744
	%2746 = select i1 %2736, i32 %2745, i32 0
	%2747 = icmp slt i32 %2648, %NK
	%2748 = fcmp oge float %2690, 0.0
	%2749 = and i1 %2747, %2748
	%2750 = icmp sge i32 %2648, %2282
	%2751 = icmp sle i32 %2648, %2290
	%2752 = and i1 %2750, %2751
	%2753 = or i1 false, %2752
	%2754 = icmp eq i32 %2648, 0
	%2755 = or i1 %2753, %2754
	%2756 = bitcast float %2690 to i32
	%2757 = add i32 %2756, 2
	%2758 = select i1 %2755, i32 1, i32 %2757
	%2759 = select i1 %2749, i32 %2758, i32 0
	%2760 = icmp slt i32 %2652, %NK
	%2761 = fcmp oge float %2696, 0.0
	%2762 = and i1 %2760, %2761
	%2763 = icmp sge i32 %2652, %2282
	%2764 = icmp sle i32 %2652, %2290
	%2765 = and i1 %2763, %2764
	%2766 = or i1 false, %2765
	%2767 = icmp eq i32 %2652, 0
	%2768 = or i1 %2766, %2767
	%2769 = bitcast float %2696 to i32
	%2770 = add i32 %2769, 2
	%2771 = select i1 %2768, i32 1, i32 %2770
	%2772 = select i1 %2762, i32 %2771, i32 0
	%2773 = icmp slt i32 %2656, %NK
	%2774 = fcmp oge float %2702, 0.0
	%2775 = and i1 %2773, %2774
	%2776 = icmp sge i32 %2656, %2282
	%2777 = icmp sle i32 %2656, %2290
	%2778 = and i1 %2776, %2777
	%2779 = or i1 false, %2778
	%2780 = icmp eq i32 %2656, 0
	%2781 = or i1 %2779, %2780
	%2782 = bitcast float %2702 to i32
	%2783 = add i32 %2782, 2
	%2784 = select i1 %2781, i32 1, i32 %2783
	%2785 = select i1 %2775, i32 %2784, i32 0
	%2786 = icmp slt i32 %2660, %NK
	%2787 = fcmp oge float %2708, 0.0
	%2788 = and i1 %2786, %2787
	%2789 = icmp sge i32 %2660, %2282
	%2790 = icmp sle i32 %2660, %2290
	%2791 = and i1 %2789, %2790
	%2792 = or i1 false, %2791
	%2793 = icmp eq i32 %2660, 0
	%2794 = or i1 %2792, %2793
	%2795 = bitcast float %2708 to i32
	%2796 = add i32 %2795, 2
	%2797 = select i1 %2794, i32 1, i32 %2796
	%2798 = select i1 %2788, i32 %2797, i32 0
	%2799 = icmp slt i32 %2664, %NK
	%2800 = fcmp oge float %2714, 0.0
	%2801 = and i1 %2799, %2800
	%2802 = icmp sge i32 %2664, %2282
	%2803 = icmp sle i32 %2664, %2290
	%2804 = and i1 %2802, %2803
	%2805 = or i1 false, %2804
	%2806 = icmp eq i32 %2664, 0
	%2807 = or i1 %2805, %2806
	%2808 = bitcast float %2714 to i32
	%2809 = add i32 %2808, 2
	%2810 = select i1 %2807, i32 1, i32 %2809
	%2811 = select i1 %2801, i32 %2810, i32 0
	%2812 = icmp slt i32 %2668, %NK
	%2813 = fcmp oge float %2720, 0.0
	%2814 = and i1 %2812, %2813
	%2815 = icmp sge i32 %2668, %2282
	%2816 = icmp sle i32 %2668, %2290
	%2817 = and i1 %2815, %2816
	%2818 = or i1 false, %2817
	%2819 = icmp eq i32 %2668, 0
	%2820 = or i1 %2818, %2819
	%2821 = bitcast float %2720 to i32
	%2822 = add i32 %2821, 2
	%2823 = select i1 %2820, i32 1, i32 %2822
	%2824 = select i1 %2814, i32 %2823, i32 0
	%2825 = icmp uge i32 %2733, 2
	%2826 = and i32 %2733, %11
	%2827 = icmp eq i32 %2826, %7
	%2828 = and i1 %2825, %2827
	%2829 = lshr i32 %2733, 16
	%2830 = and i32 %2829, 255
	%2831 = select i1 %2828, i32 %2830, i32 256
	%2832 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2831)
	%2833 = shl i32 1, %3
	%2834 = sub i32 %2833, 1
	%2835 = and i32 %2832, %2834
	%2836 = icmp eq i32 %2835, 0
	%2837 = and i1 %2828, %2836
	br i1 %2837, label %2839, label %2843

2838:
	br label %2630

2839:
	%2840 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2830
	%2841 = call i32 @llvm.ctpop.i32(i32 %2832)
	%2842 = atomicrmw add i32 addrspace(3)* %2840, i32 %2841 monotonic
	br label %2843

2843:
	%2844 = icmp uge i32 %2746, 2
	%2845 = and i32 %2746, %11
	%2846 = icmp eq i32 %2845, %7
	%2847 = and i1 %2844, %2846
	%2848 = lshr i32 %2746, 16
	%2849 = and i32 %2848, 255
	%2850 = select i1 %2847, i32 %2849, i32 256
	%2851 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2850)
	%2852 = shl i32 1, %3
	%2853 = sub i32 %2852, 1
	%2854 = and i32 %2851, %2853
	%2855 = icmp eq i32 %2854, 0
	%2856 = and i1 %2847, %2855
	br i1 %2856, label %2857, label %2861

2857:
	%2858 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2849
	%2859 = call i32 @llvm.ctpop.i32(i32 %2851)
	%2860 = atomicrmw add i32 addrspace(3)* %2858, i32 %2859 monotonic
	br label %2861

2861:
	%2862 = icmp uge i32 %2759, 2
	%2863 = and i32 %2759, %11
	%2864 = icmp eq i32 %2863, %7
	%2865 = and i1 %2862, %2864
	%2866 = lshr i32 %2759, 16
	%2867 = and i32 %2866, 255
	%2868 = select i1 %2865, i32 %2867, i32 256
	%2869 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2868)
	%2870 = shl i32 1, %3
	%2871 = sub i32 %2870, 1
	%2872 = and i32 %2869, %2871
	%2873 = icmp eq i32 %2872, 0
	%2874 = and i1 %2865, %2873
	br i1 %2874, label %2875, label %2879

2875:
	%2876 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2867
	%2877 = call i32 @llvm.ctpop.i32(i32 %2869)
	%2878 = atomicrmw add i32 addrspace(3)* %2876, i32 %2877 monotonic
	br label %2879

2879:
	%2880 = icmp uge i32 %2772, 2
	%2881 = and i32 %2772, %11
	%2882 = icmp eq i32 %2881, %7
	%2883 = and i1 %2880, %2882
	%2884 = lshr i32 %2772, 16
	%2885 = and i32 %2884, 255
	%2886 = select i1 %2883, i32 %2885, i32 256
	%2887 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2886)
	%2888 = shl i32 1, %3
	%2889 = sub i32 %2888, 1
	%2890 = and i32 %2887, %2889
	%2891 = icmp eq i32 %2890, 0
	%2892 = and i1 %2883, %2891
	br i1 %2892, label %2893, label %2897

2893:
	%2894 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2885
	%2895 = call i32 @llvm.ctpop.i32(i32 %2887)
	%2896 = atomicrmw add i32 addrspace(3)* %2894, i32 %2895 monotonic
	br label %2897

2897:
	%2898 = icmp uge i32 %2785, 2
	%2899 = and i32 %2785, %11
	%2900 = icmp eq i32 %2899, %7
	%2901 = and i1 %2898, %2900
	%2902 = lshr i32 %2785, 16
	%2903 = and i32 %2902, 255
	%2904 = select i1 %2901, i32 %2903, i32 256
	%2905 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2904)
	%2906 = shl i32 1, %3
	%2907 = sub i32 %2906, 1
	%2908 = and i32 %2905, %2907
	%2909 = icmp eq i32 %2908, 0
	%2910 = and i1 %2901, %2909
	br i1 %2910, label %2911, label %2915

2911:
	%2912 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2903
	%2913 = call i32 @llvm.ctpop.i32(i32 %2905)
	%2914 = atomicrmw add i32 addrspace(3)* %2912, i32 %2913 monotonic
	br label %2915

2915:
	%2916 = icmp uge i32 %2798, 2
	%2917 = and i32 %2798, %11
	%2918 = icmp eq i32 %2917, %7
	%2919 = and i1 %2916, %2918
	%2920 = lshr i32 %2798, 16
	%2921 = and i32 %2920, 255
	%2922 = select i1 %2919, i32 %2921, i32 256
	%2923 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2922)
	%2924 = shl i32 1, %3
	%2925 = sub i32 %2924, 1
	%2926 = and i32 %2923, %2925
	%2927 = icmp eq i32 %2926, 0
	%2928 = and i1 %2919, %2927
	br i1 %2928, label %2929, label %2933

2929:
	%2930 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2921
	%2931 = call i32 @llvm.ctpop.i32(i32 %2923)
	%2932 = atomicrmw add i32 addrspace(3)* %2930, i32 %2931 monotonic
	br label %2933

2933:
	%2934 = icmp uge i32 %2811, 2
	%2935 = and i32 %2811, %11
	%2936 = icmp eq i32 %2935, %7
	%2937 = and i1 %2934, %2936
	%2938 = lshr i32 %2811, 16
	%2939 = and i32 %2938, 255
	%2940 = select i1 %2937, i32 %2939, i32 256
	%2941 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2940)
	%2942 = shl i32 1, %3
	%2943 = sub i32 %2942, 1
	%2944 = and i32 %2941, %2943
	%2945 = icmp eq i32 %2944, 0
	%2946 = and i1 %2937, %2945
	br i1 %2946, label %2947, label %2951

2947:
	%2948 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2939
	%2949 = call i32 @llvm.ctpop.i32(i32 %2941)
	%2950 = atomicrmw add i32 addrspace(3)* %2948, i32 %2949 monotonic
	br label %2951

2951:
	%2952 = icmp uge i32 %2824, 2
	%2953 = and i32 %2824, %11
	%2954 = icmp eq i32 %2953, %7
	%2955 = and i1 %2952, %2954
	%2956 = lshr i32 %2824, 16
	%2957 = and i32 %2956, 255
	%2958 = select i1 %2955, i32 %2957, i32 256
	%2959 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2958)
	%2960 = shl i32 1, %3
	%2961 = sub i32 %2960, 1
	%2962 = and i32 %2959, %2961
	%2963 = icmp eq i32 %2962, 0
	%2964 = and i1 %2955, %2963
	br i1 %2964, label %2965, label %2969

2965:
	%2966 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist16_hist, i32 0, i32 %2957
	%2967 = call i32 @llvm.ctpop.i32(i32 %2959)
	%2968 = atomicrmw add i32 addrspace(3)* %2966, i32 %2967 monotonic
	br label %2969

2969:
	%2970 = add i32 %2635, 2048
	br label %2634

2971:
	%2972 = mul i32 0, 256
	%2973 = add i32 %2972, %0
	%2974 = sext i32 %2973 to i64
	%2975 = getelementptr i32, i32* %hist, i64 %2974
	%2976 = atomicrmw add i32* %2975, i32 %2632 monotonic
	br label %2977

2977:
	ret void
}

define ptx_kernel void @best_select1_pick16(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick16_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 16
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF0000
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist8(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = add i32 %21, %off
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = icmp slt i32 %24, %M
	%26 = select i1 %25, i32 %24, i32 %M
	%27 = sub i32 %26, 1
	%28 = add i32 %27, %off
	%29 = icmp slt i32 %22, 0
	%30 = sub i32 0, %22
	%31 = sub i32 64, 1
	%32 = add i32 %30, %31
	%33 = sdiv i32 %32, 64
	%34 = sub i32 0, %33
	%35 = sdiv i32 %22, 64
	%36 = select i1 %29, i32 %34, i32 %35
	%37 = icmp slt i32 %28, 0
	%38 = sub i32 0, %28
	%39 = sub i32 64, 1
	%40 = add i32 %38, %39
	%41 = sdiv i32 %40, 64
	%42 = sub i32 0, %41
	%43 = sdiv i32 %28, 64
	%44 = select i1 %37, i32 %42, i32 %43
	%45 = icmp slt i32 %17, %NQ
	br i1 %45, label %46, label %47

46:
	br label %78

47:
	%48 = mul i32 %1, 8
	%49 = add i32 %48, 1
	%50 = mul i32 %2, %NQ
	%51 = add i32 %50, %49
	%52 = mul i32 %51, %NK
	%53 = mul i32 %49, 64
	%54 = add i32 %53, %off
	%55 = add i32 %49, 1
	%56 = mul i32 %55, 64
	%57 = icmp slt i32 %56, %M
	%58 = select i1 %57, i32 %56, i32 %M
	%59 = sub i32 %58, 1
	%60 = add i32 %59, %off
	%61 = icmp slt i32 %54, 0
	%62 = sub i32 0, %54
	%63 = sub i32 64, 1
	%64 = add i32 %62, %63
	%65 = sdiv i32 %64, 64
	%66 = sub i32 0, %65
	%67 = sdiv i32 %54, 64
	%68 = select i1 %61, i32 %66, i32 %67
	%69 = icmp slt i32 %60, 0
	%70 = sub i32 0, %60
	%71 = sub i32 64, 1
	%72 = add i32 %70, %71
	%73 = sdiv i32 %72, 64
	%74 = sub i32 0, %73
	%75 = sdiv i32 %60, 64
	%76 = select i1 %69, i32 %74, i32 %75
	%77 = icmp slt i32 %49, %NQ
	br i1 %77, label %415, label %416

78:
	%79 = phi i32 [ %0, %46 ], [ %414, %413 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %413 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %282

82:
	%83 = sub i32 %15, 1
	%84 = add i32 %79, 0
	%85 = icmp slt i32 %84, %15
	%86 = icmp slt i32 %84, %83
	%87 = select i1 %86, i32 %84, i32 %83
	%88 = add i32 %79, 256
	%89 = icmp slt i32 %88, %15
	%90 = icmp slt i32 %88, %83
	%91 = select i1 %90, i32 %88, i32 %83
	%92 = add i32 %79, 512
	%93 = icmp slt i32 %92, %15
	%94 = icmp slt i32 %92, %83
	%95 = select i1 %94, i32 %92, i32 %83
	%96 = add i32 %79, 768
	%97 = icmp slt i32 %96, %15
	%98 = icmp slt i32 %96, %83
	%99 = select i1 %98, i32 %96, i32 %83
	%100 = add i32 %79, 1024
	%101 = icmp slt i32 %100, %15
	%102 = icmp slt i32 %100, %83
	%103 = select i1 %102, i32 %100, i32 %83
	%104 = add i32 %79, 1280
	%105 = icmp slt i32 %104, %15
	%106 = icmp slt i32 %104, %83
	%107 = select i1 %106, i32 %104, i32 %83
	%108 = add i32 %79, 1536
	%109 = icmp slt i32 %108, %15
	%110 = icmp slt i32 %108, %83
	%111 = select i1 %110, i32 %108, i32 %83
	%112 = add i32 %79, 1792
	%113 = icmp slt i32 %112, %15
	%114 = icmp slt i32 %112, %83
	%115 = select i1 %114, i32 %112, i32 %83
	%116 = sub i32 %NK, 1
	%117 = icmp slt i32 %84, %116
	%118 = select i1 %117, i32 %84, i32 %116
	%119 = add i32 %20, %118
	%120 = sext i32 %119 to i64
	%121 = getelementptr float, float* %e, i64 %120
	%122 = load float, float* %121
	%123 = icmp slt i32 %88, %116
	%124 = select i1 %123, i32 %88, i32 %116
	%125 = add i32 %20, %124
	%126 = sext i32 %125 to i64
	%127 = getelementptr float, float* %e, i64 %126
	%128 = load float, float* %127
	%129 = icmp slt i32 %92, %116
	%130 = select i1 %129, i32 %92, i32 %116
	%131 = add i32 %20, %130
	%132 = sext i32 %131 to i64
	%133 = getelementptr float, float* %e, i64 %132
	%134 = load float, float* %133
	%135 = icmp slt i32 %96, %116
	%136 = select i1 %135, i32 %96, i32 %116
	%137 = add i32 %20, %136
	%138 = sext i32 %137 to i64
	%139 = getelementptr float, float* %e, i64 %138
	%140 = load float, float* %139
	%141 = icmp slt i32 %100, %116
	%142 = select i1 %141, i32 %100, i32 %116
	%143 = add i32 %20, %142
	%144 = sext i32 %143 to i64
	%145 = getelementptr float, float* %e, i64 %144
	%146 = load float, float* %145
	%147 = icmp slt i32 %104, %116
	%148 = select i1 %147, i32 %104, i32 %116
	%149 = add i32 %20, %148
	%150 = sext i32 %149 to i64
	%151 = getelementptr float, float* %e, i64 %150
	%152 = load float, float* %151
	%153 = icmp slt i32 %108, %116
	%154 = select i1 %153, i32 %108, i32 %116
	%155 = add i32 %20, %154
	%156 = sext i32 %155 to i64
	%157 = getelementptr float, float* %e, i64 %156
	%158 = load float, float* %157
	%159 = icmp slt i32 %112, %116
	%160 = select i1 %159, i32 %112, i32 %116
	%161 = add i32 %20, %160
	%162 = sext i32 %161 to i64
	%163 = getelementptr float, float* %e, i64 %162
	%164 = load float, float* %163
	%165 = icmp slt i32 %84, %NK
	%166 = fcmp oge float %122, 0.0
	%167 = and i1 %165, %166
	%168 = icmp sge i32 %84, %36
	%169 = icmp sle i32 %84, %44
	%170 = and i1 %168, %169
	%171 = or i1 false, %170
	%172 = icmp eq i32 %84, 0
	%173 = or i1 %171, %172
	%174 = bitcast float %122 to i32
	%175 = add i32 %174, 2
	%176 = select i1 %173, i32 1, i32 %175
	%177 = select i1 %167, i32 %176, i32 0
	%178 = icmp slt i32 %88, %NK
	%179 = fcmp oge float %128, 0.0
	%180 = and i1 %178, %179
	%181 = icmp sge i32 %88, %36
	%182 = icmp sle i32 %88, %44
	%183 = and i1 %181, %182
	%184 = or i1 false, %183
	%185 = icmp eq i32 %88, 0
	%186 = or i1 %184, %185
	%187 = bitcast float %128 to i32
	%188 = add i32 %187, 2
	%189 = select i1 %186, i32 1, i32 %188
	%190 = select i1 %180, i32 %189, i32 0
	%191 = icmp slt i32 %92, %NK
	%192 = fcmp oge float %134, 0.0
	%193 = and i1 %191, %192
	%194 = icmp sge i32 %92, %36
	%195 = icmp sle i32 %92, %44
	%196 = and i1 %194, %195
	%197 = or i1 false, %196
	%198 = icmp eq i32 %92, 0
	%199 = or i1 %197, %198
	%200 = bitcast float %134 to i32
	%201 = add i32 %200, 2
	%202 = select i1 %199, i32 1, i32 %201
	%203 = select i1 %193, i32 %202, i32 0
	%204 = icmp slt i32 %96, %NK
	%205 = fcmp oge float %140, 0.0
	%206 = and i1 %204, %205
	%207 = icmp sge i32 %96, %36
	%208 = icmp sle i32 %96, %44
	%209 = and i1 %207, %208
	%210 = or i1 false, %209
	%211 = icmp eq i32 %96, 0
	%212 = or i1 %210, %211
	%213 = bitcast float %140 to i32
	%214 = add i32 %213, 2
	%215 = select i1 %212, i32 1, i32 %214
	%216 = select i1 %206, i32 %215, i32 0
	%217 = icmp slt i32 %100, %NK
	%218 = fcmp oge float %146, 0.0
	%219 = and i1 %217, %218
	%220 = icmp sge i32 %100, %36
	%221 = icmp sle i32 %100, %44
	%222 = and i1 %220, %221
	%223 = or i1 false, %222
	%224 = icmp eq i32 %100, 0
	%225 = or i1 %223, %224
	%226 = bitcast float %146 to i32
	%227 = add i32 %226, 2
	%228 = select i1 %225, i32 1, i32 %227
	%229 = select i1 %219, i32 %228, i32 0
	%230 = icmp slt i32 %104, %NK
	%231 = fcmp oge float %152, 0.0
	%232 = and i1 %230, %231
	%233 = icmp sge i32 %104, %36
	%234 = icmp sle i32 %104, %44
	%235 = and i1 %233, %234
	%236 = or i1 false, %235
	%237 = icmp eq i32 %104, 0
	%238 = or i1 %236, %237
	%239 = bitcast float %152 to i32
	%240 = add i32 %239, 2
	%241 = select i1 %238, i32 1, i32 %240
	%242 = select i1 %232, i32 %241, i32 0
	%243 = icmp slt i32 %108, %NK
	%244 = fcmp oge float %158, 0.0
	%245 = and i1 %243, %244
	%246 = icmp sge i32 %108, %36
	%247 = icmp sle i32 %108, %44
	%248 = and i1 %246, %247
	%249 = or i1 false, %248
	%250 = icmp eq i32 %108, 0
	%251 = or i1 %249, %250
	%252 = bitcast float %158 to i32
	%253 = add i32 %252, 2
	%254 = select i1 %251, i32 1, i32 %253
	%255 = select i1 %245, i32 %254, i32 0
	%256 = icmp slt i32 %112, %NK
	%257 = fcmp oge float %164, 0.0
	%258 = and i1 %256, %257
	%259 = icmp sge i32 %112, %36
	%260 = icmp sle i32 %112, %44
	%261 = and i1 %259, %260
	%262 = or i1 false, %261
	%263 = icmp eq i32 %112, 0
	%264 = or i1 %262, %263
	%265 = bitcast float %164 to i32
	%266 = add i32 %265, 2
	%267 = select i1 %264, i32 1, i32 %266
	%268 = select i1 %258, i32 %267, i32 0
	%269 = icmp uge i32 %177, 2
	%270 = and i32 %177, %11
	%271 = icmp eq i32 %270, %7
	%272 = and i1 %269, %271
	%273 = lshr i32 %177, 8
	%274 = and i32 %273, 255
	%275 = select i1 %272, i32 %274, i32 256
	%276 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %275)
	%277 = shl i32 1, %3
	%278 = sub i32 %277, 1
	%279 = and i32 %276, %278
	%280 = icmp eq i32 %279, 0
	%281 = and i1 %272, %280
	br i1 %281, label %283, label %287

282:
	br label %47

283:
	%284 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %274
	%285 = call i32 @llvm.ctpop.i32(i32 %276)
	%286 = atomicrmw add i32 addrspace(3)* %284, i32 %285 monotonic
	br label %287

287:
	%288 = icmp uge i32 %190, 2
	%289 = and i32 %190, %11
	%290 = icmp eq i32 %289, %7
	%291 = and i1 %288, %290
	%292 = lshr i32 %190, 8
	%293 = and i32 %292, 255
	%294 = select i1 %291, i32 %293, i32 256
	%295 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %294)
	%296 = shl i32 1, %3
	%297 = sub i32 %296, 1
	%298 = and i32 %295, %297
	%299 = icmp eq i32 %298, 0
	%300 = and i1 %291, %299
	br i1 %300, label %301, label %305

301:
	%302 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %293
	%303 = call i32 @llvm.ctpop.i32(i32 %295)
	%304 = atomicrmw add i32 addrspace(3)* %302, i32 %303 monotonic
	br label %305

305:
	%306 = icmp uge i32 %203, 2
	%307 = and i32 %203, %11
	%308 = icmp eq i32 %307, %7
	%309 = and i1 %306, %308
	%310 = lshr i32 %203, 8
	%311 = and i32 %310, 255
	%312 = select i1 %309, i32 %311, i32 256
	%313 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %312)
	%314 = shl i32 1, %3
	%315 = sub i32 %314, 1
	%316 = and i32 %313, %315
	%317 = icmp eq i32 %316, 0
	%318 = and i1 %309, %317
	br i1 %318, label %319, label %323

319:
	%320 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %311
	%321 = call i32 @llvm.ctpop.i32(i32 %313)
	%322 = atomicrmw add i32 addrspace(3)* %320, i32 %321 monotonic
	br label %323

323:
	%324 = icmp uge i32 %216, 2
	%325 = and i32 %216, %11
	%326 = icmp eq i32 %325, %7
	%327 = and i1 %324, %326
	%328 = lshr i32 %216, 8
	%329 = and i32 %328, 255
	%330 = select i1 %327, i32 %329, i32 256
	%331 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %330)
	%332 = shl i32 1, %3
	%333 = sub i32 %332, 1
	%334 = and i32 %331, %333
	%335 = icmp eq i32 %334, 0
	%336 = and i1 %327, %335
	br i1 %336, label %337, label %341

337:
	%338 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %329
	%339 = call i32 @llvm.ctpop.i32(i32 %331)
	%340 = atomicrmw add i32 addrspace(3)* %338, i32 %339 monotonic
	br label %341

341:
	%342 = icmp uge i32 %229, 2
	%343 = and i32 %229, %11
	%344 = icmp eq i32 %343, %7
	%345 = and i1 %342, %344
	%346 = lshr i32 %229, 8
	%347 = and i32 %346, 255
	%348 = select i1 %345, i32 %347, i32 256
	%349 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %348)
	%350 = shl i32 1, %3
	%351 = sub i32 %350, 1
	%352 = and i32 %349, %351
	%353 = icmp eq i32 %352, 0
	%354 = and i1 %345, %353
	br i1 %354, label %355, label %359

355:
	%356 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %347
	%357 = call i32 @llvm.ctpop.i32(i32 %349)
	%358 = atomicrmw add i32 addrspace(3)* %356, i32 %357 monotonic
	br label %359

359:
	%360 = icmp uge i32 %242, 2
	%361 = and i32 %242, %11
	%362 = icmp eq i32 %361, %7
	%363 = and i1 %360, %362
	%364 = lshr i32 %242, 8
	%365 = and i32 %364, 255
	%366 = select i1 %363, i32 %365, i32 256
	%367 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %366)
	%368 = shl i32 1, %3
	%369 = sub i32 %368, 1
	%370 = and i32 %367, %369
	%371 = icmp eq i32 %370, 0
	%372 = and i1 %363, %371
	br i1 %372, label %373, label %377

373:
	%374 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %365
	%375 = call i32 @llvm.ctpop.i32(i32 %367)
	%376 = atomicrmw add i32 addrspace(3)* %374, i32 %375 monotonic
	br label %377

377:
	%378 = icmp uge i32 %255, 2
	%379 = and i32 %255, %11
	%380 = icmp eq i32 %379, %7
	%381 = and i1 %378, %380
	%382 = lshr i32 %255, 8
	%383 = and i32 %382, 255
	%384 = select i1 %381, i32 %383, i32 256
	%385 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %384)
	%386 = shl i32 1, %3
	%387 = sub i32 %386, 1
	%388 = and i32 %385, %387
	%389 = icmp eq i32 %388, 0
	%390 = and i1 %381, %389
	br i1 %390, label %391, label %395

391:
	%392 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %383
	%393 = call i32 @llvm.ctpop.i32(i32 %385)
	%394 = atomicrmw add i32 addrspace(3)* %392, i32 %393 monotonic
	br label %395

395:
	%396 = icmp uge i32 %268, 2
	%397 = and i32 %268, %11
	%398 = icmp eq i32 %397, %7
	%399 = and i1 %396, %398
	%400 = lshr i32 %268, 8
	%401 = and i32 %400, 255
	%402 = select i1 %399, i32 %401, i32 256
	%403 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %402)
	%404 = shl i32 1, %3
	%405 = sub i32 %404, 1
	%406 = and i32 %403, %405
	%407 = icmp eq i32 %406, 0
	%408 = and i1 %399, %407
	br i1 %408, label %409, label %413

409:
	%410 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %401
	%411 = call i32 @llvm.ctpop.i32(i32 %403)
	%412 = atomicrmw add i32 addrspace(3)* %410, i32 %411 monotonic
	br label %413

413:
	%414 = add i32 %79, 2048
	br label %78

415:
	br label %447

416:
	%417 = mul i32 %1, 8
	%418 = add i32 %417, 2
	%419 = mul i32 %2, %NQ
	%420 = add i32 %419, %418
	%421 = mul i32 %420, %NK
	%422 = mul i32 %418, 64
	%423 = add i32 %422, %off
	%424 = add i32 %418, 1
	%425 = mul i32 %424, 64
	%426 = icmp slt i32 %425, %M
	%427 = select i1 %426, i32 %425, i32 %M
	%428 = sub i32 %427, 1
	%429 = add i32 %428, %off
	%430 = icmp slt i32 %423, 0
	%431 = sub i32 0, %423
	%432 = sub i32 64, 1
	%433 = add i32 %431, %432
	%434 = sdiv i32 %433, 64
	%435 = sub i32 0, %434
	%436 = sdiv i32 %423, 64
	%437 = select i1 %430, i32 %435, i32 %436
	%438 = icmp slt i32 %429, 0
	%439 = sub i32 0, %429
	%440 = sub i32 64, 1
	%441 = add i32 %439, %440
	%442 = sdiv i32 %441, 64
	%443 = sub i32 0, %442
	%444 = sdiv i32 %429, 64
	%445 = select i1 %438, i32 %443, i32 %444
	%446 = icmp slt i32 %418, %NQ
	br i1 %446, label %784, label %785

447:
	%448 = phi i32 [ %0, %415 ], [ %783, %782 ]
	%449 = phi i32 [ 0, %415 ], [ %449, %782 ]
	%450 = icmp slt i32 %448, %15
	br i1 %450, label %451, label %651

451:
	%452 = sub i32 %15, 1
	%453 = add i32 %448, 0
	%454 = icmp slt i32 %453, %15
	%455 = icmp slt i32 %453, %452
	%456 = select i1 %455, i32 %453, i32 %452
	%457 = add i32 %448, 256
	%458 = icmp slt i32 %457, %15
	%459 = icmp slt i32 %457, %452
	%460 = select i1 %459, i32 %457, i32 %452
	%461 = add i32 %448, 512
	%462 = icmp slt i32 %461, %15
	%463 = icmp slt i32 %461, %452
	%464 = select i1 %463, i32 %461, i32 %452
	%465 = add i32 %448, 768
	%466 = icmp slt i32 %465, %15
	%467 = icmp slt i32 %465, %452
	%468 = select i1 %467, i32 %465, i32 %452
	%469 = add i32 %448, 1024
	%470 = icmp slt i32 %469, %15
	%471 = icmp slt i32 %469, %452
	%472 = select i1 %471, i32 %469, i32 %452
	%473 = add i32 %448, 1280
	%474 = icmp slt i32 %473, %15
	%475 = icmp slt i32 %473, %452
	%476 = select i1 %475, i32 %473, i32 %452
	%477 = add i32 %448, 1536
	%478 = icmp slt i32 %477, %15
	%479 = icmp slt i32 %477, %452
	%480 = select i1 %479, i32 %477, i32 %452
	%481 = add i32 %448, 1792
	%482 = icmp slt i32 %481, %15
	%483 = icmp slt i32 %481, %452
	%484 = select i1 %483, i32 %481, i32 %452
	%485 = sub i32 %NK, 1
	%486 = icmp slt i32 %453, %485
	%487 = select i1 %486, i32 %453, i32 %485
	%488 = add i32 %52, %487
	%489 = sext i32 %488 to i64
	%490 = getelementptr float, float* %e, i64 %489
	%491 = load float, float* %490
	%492 = icmp slt i32 %457, %485
	%493 = select i1 %492, i32 %457, i32 %485
	%494 = add i32 %52, %493
	%495 = sext i32 %494 to i64
	%496 = getelementptr float, float* %e, i64 %495
	%497 = load float, float* %496
	%498 = icmp slt i32 %461, %485
	%499 = select i1 %498, i32 %461, i32 %485
	%500 = add i32 %52, %499
	%501 = sext i32 %500 to i64
	%502 = getelementptr float, float* %e, i64 %501
	%503 = load float, float* %502
	%504 = icmp slt i32 %465, %485
	%505 = select i1 %504, i32 %465, i32 %485
	%506 = add i32 %52, %505
	%507 = sext i32 %506 to i64
	%508 = getelementptr float, float* %e, i64 %507
	%509 = load float, float* %508
	%510 = icmp slt i32 %469, %485
	%511 = select i1 %510, i32 %469, i32 %485
	%512 = add i32 %52, %511
	%513 = sext i32 %512 to i64
	%514 = getelementptr float, float* %e, i64 %513
	%515 = load float, float* %514
	%516 = icmp slt i32 %473, %485
	%517 = select i1 %516, i32 %473, i32 %485
	%518 = add i32 %52, %517
	%519 = sext i32 %518 to i64
	%520 = getelementptr float, float* %e, i64 %519
	%521 = load float, float* %520
	%522 = icmp slt i32 %477, %485
	%523 = select i1 %522, i32 %477, i32 %485
	%524 = add i32 %52, %523
	%525 = sext i32 %524 to i64
	%526 = getelementptr float, float* %e, i64 %525
	%527 = load float, float* %526
	%528 = icmp slt i32 %481, %485
	%529 = select i1 %528, i32 %481, i32 %485
	%530 = add i32 %52, %529
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	%533 = load float, float* %532
	%534 = icmp slt i32 %453, %NK
	%535 = fcmp oge float %491, 0.0
	%536 = and i1 %534, %535
	%537 = icmp sge i32 %453, %68
	%538 = icmp sle i32 %453, %76
	%539 = and i1 %537, %538
	%540 = or i1 false, %539
	%541 = icmp eq i32 %453, 0
	%542 = or i1 %540, %541
	%543 = bitcast float %491 to i32
	%544 = add i32 %543, 2
	%545 = select i1 %542, i32 1, i32 %544
	%546 = select i1 %536, i32 %545, i32 0
	%547 = icmp slt i32 %457, %NK
	%548 = fcmp oge float %497, 0.0
	%549 = and i1 %547, %548
	%550 = icmp sge i32 %457, %68
	%551 = icmp sle i32 %457, %76
	%552 = and i1 %550, %551
	%553 = or i1 false, %552
	%554 = icmp eq i32 %457, 0
	%555 = or i1 %553, %554
	%556 = bitcast float %497 to i32
	%557 = add i32 %556, 2
	%558 = select i1 %555, i32 1, i32 %557
	%559 = select i1 %549, i32 %558, i32 0
	%560 = icmp slt i32 %461, %NK
	%561 = fcmp oge float %503, 0.0
	%562 = and i1 %560, %561
	%563 = icmp sge i32 %461, %68
	%564 = icmp sle i32 %461, %76
	%565 = and i1 %563, %564
	%566 = or i1 false, %565
	%567 = icmp eq i32 %461, 0
	%568 = or i1 %566, %567
	%569 = bitcast float %503 to i32
	%570 = add i32 %569, 2
	%571 = select i1 %568, i32 1, i32 %570
	%572 = select i1 %562, i32 %571, i32 0
	%573 = icmp slt i32 %465, %NK
	%574 = fcmp oge float %509, 0.0
	%575 = and i1 %573, %574
	%576 = icmp sge i32 %465, %68
	%577 = icmp sle i32 %465, %76
	%578 = and i1 %576, %577
	%579 = or i1 false, %578
	%580 = icmp eq i32 %465, 0
	%581 = or i1 %579, %580
	%582 = bitcast float %509 to i32
	%583 = add i32 %582, 2
	%584 = select i1 %581, i32 1, i32 %583
	%585 = select i1 %575, i32 %584, i32 0
	%586 = icmp slt i32 %469, %NK
	%587 = fcmp oge float %515, 0.0
	%588 = and i1 %586, %587
	%589 = icmp sge i32 %469, %68
	%590 = icmp sle i32 %469, %76
	%591 = and i1 %589, %590
	%592 = or i1 false, %591
	%593 = icmp eq i32 %469, 0
	%594 = or i1 %592, %593
	%595 = bitcast float %515 to i32
	%596 = add i32 %595, 2
	%597 = select i1 %594, i32 1, i32 %596
	%598 = select i1 %588, i32 %597, i32 0
	%599 = icmp slt i32 %473, %NK
	%600 = fcmp oge float %521, 0.0
	%601 = and i1 %599, %600
	%602 = icmp sge i32 %473, %68
	%603 = icmp sle i32 %473, %76
	%604 = and i1 %602, %603
	%605 = or i1 false, %604
	%606 = icmp eq i32 %473, 0
	%607 = or i1 %605, %606
	%608 = bitcast float %521 to i32
	%609 = add i32 %608, 2
	%610 = select i1 %607, i32 1, i32 %609
	%611 = select i1 %601, i32 %610, i32 0
	%612 = icmp slt i32 %477, %NK
	%613 = fcmp oge float %527, 0.0
	%614 = and i1 %612, %613
	%615 = icmp sge i32 %477, %68
	%616 = icmp sle i32 %477, %76
	%617 = and i1 %615, %616
	%618 = or i1 false, %617
	%619 = icmp eq i32 %477, 0
	%620 = or i1 %618, %619
	%621 = bitcast float %527 to i32
	%622 = add i32 %621, 2
	%623 = select i1 %620, i32 1, i32 %622
	%624 = select i1 %614, i32 %623, i32 0
	%625 = icmp slt i32 %481, %NK
	%626 = fcmp oge float %533, 0.0
	%627 = and i1 %625, %626
	%628 = icmp sge i32 %481, %68
	%629 = icmp sle i32 %481, %76
	%630 = and i1 %628, %629
	%631 = or i1 false, %630
	%632 = icmp eq i32 %481, 0
	%633 = or i1 %631, %632
	%634 = bitcast float %533 to i32
	%635 = add i32 %634, 2
	%636 = select i1 %633, i32 1, i32 %635
	%637 = select i1 %627, i32 %636, i32 0
	%638 = icmp uge i32 %546, 2
	%639 = and i32 %546, %11
	%640 = icmp eq i32 %639, %7
	%641 = and i1 %638, %640
	%642 = lshr i32 %546, 8
	%643 = and i32 %642, 255
	%644 = select i1 %641, i32 %643, i32 256
	%645 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %644)
	%646 = shl i32 1, %3
	%647 = sub i32 %646, 1
	%648 = and i32 %645, %647
	%649 = icmp eq i32 %648, 0
	%650 = and i1 %641, %649
	br i1 %650, label %652, label %656

651:
	br label %416

652:
	%653 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %643
	%654 = call i32 @llvm.ctpop.i32(i32 %645)
	%655 = atomicrmw add i32 addrspace(3)* %653, i32 %654 monotonic
	br label %656

656:
	%657 = icmp uge i32 %559, 2
	%658 = and i32 %559, %11
	%659 = icmp eq i32 %658, %7
	%660 = and i1 %657, %659
	%661 = lshr i32 %559, 8
	%662 = and i32 %661, 255
	%663 = select i1 %660, i32 %662, i32 256
	%664 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %663)
	%665 = shl i32 1, %3
	%666 = sub i32 %665, 1
	%667 = and i32 %664, %666
	%668 = icmp eq i32 %667, 0
	%669 = and i1 %660, %668
	br i1 %669, label %670, label %674

670:
	%671 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %662
	%672 = call i32 @llvm.ctpop.i32(i32 %664)
	%673 = atomicrmw add i32 addrspace(3)* %671, i32 %672 monotonic
	br label %674

674:
	%675 = icmp uge i32 %572, 2
	%676 = and i32 %572, %11
	%677 = icmp eq i32 %676, %7
	%678 = and i1 %675, %677
	%679 = lshr i32 %572, 8
	%680 = and i32 %679, 255
	%681 = select i1 %678, i32 %680, i32 256
	%682 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %681)
	%683 = shl i32 1, %3
	%684 = sub i32 %683, 1
	%685 = and i32 %682, %684
	%686 = icmp eq i32 %685, 0
	%687 = and i1 %678, %686
	br i1 %687, label %688, label %692

688:
	%689 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %680
	%690 = call i32 @llvm.ctpop.i32(i32 %682)
	%691 = atomicrmw add i32 addrspace(3)* %689, i32 %690 monotonic
	br label %692

692:
	%693 = icmp uge i32 %585, 2
	%694 = and i32 %585, %11
	%695 = icmp eq i32 %694, %7
	%696 = and i1 %693, %695
	%697 = lshr i32 %585, 8
	%698 = and i32 %697, 255
	%699 = select i1 %696, i32 %698, i32 256
	%700 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %699)
	%701 = shl i32 1, %3
	%702 = sub i32 %701, 1
	%703 = and i32 %700, %702
	%704 = icmp eq i32 %703, 0
	%705 = and i1 %696, %704
	br i1 %705, label %706, label %710

706:
	%707 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %698
	%708 = call i32 @llvm.ctpop.i32(i32 %700)
	%709 = atomicrmw add i32 addrspace(3)* %707, i32 %708 monotonic
	br label %710

710:
	%711 = icmp uge i32 %598, 2
	%712 = and i32 %598, %11
	%713 = icmp eq i32 %712, %7
	%714 = and i1 %711, %713
	%715 = lshr i32 %598, 8
	%716 = and i32 %715, 255
	%717 = select i1 %714, i32 %716, i32 256
	%718 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %717)
	%719 = shl i32 1, %3
	%720 = sub i32 %719, 1
	%721 = and i32 %718, %720
	%722 = icmp eq i32 %721, 0
	%723 = and i1 %714, %722
	br i1 %723, label %724, label %728

724:
	%725 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %716
	%726 = call i32 @llvm.ctpop.i32(i32 %718)
	%727 = atomicrmw add i32 addrspace(3)* %725, i32 %726 monotonic
	br label %728

728:
	%729 = icmp uge i32 %611, 2
	%730 = and i32 %611, %11
	%731 = icmp eq i32 %730, %7
	%732 = and i1 %729, %731
	%733 = lshr i32 %611, 8
	%734 = and i32 %733, 255
	%735 = select i1 %732, i32 %734, i32 256
	%736 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %735)
	%737 = shl i32 1, %3
	%738 = sub i32 %737, 1
	%739 = and i32 %736, %738
	%740 = icmp eq i32 %739, 0
	%741 = and i1 %732, %740
	br i1 %741, label %742, label %746

742:
	%743 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %734
	%744 = call i32 @llvm.ctpop.i32(i32 %736)
	%745 = atomicrmw add i32 addrspace(3)* %743, i32 %744 monotonic
	br label %746

746:
	%747 = icmp uge i32 %624, 2
	%748 = and i32 %624, %11
	%749 = icmp eq i32 %748, %7
	%750 = and i1 %747, %749
	%751 = lshr i32 %624, 8
	%752 = and i32 %751, 255
	%753 = select i1 %750, i32 %752, i32 256
	%754 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %753)
	%755 = shl i32 1, %3
	%756 = sub i32 %755, 1
	%757 = and i32 %754, %756
	%758 = icmp eq i32 %757, 0
	%759 = and i1 %750, %758
	br i1 %759, label %760, label %764

760:
	%761 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %752
	%762 = call i32 @llvm.ctpop.i32(i32 %754)
	%763 = atomicrmw add i32 addrspace(3)* %761, i32 %762 monotonic
	br label %764

764:
	%765 = icmp uge i32 %637, 2
	%766 = and i32 %637, %11
	%767 = icmp eq i32 %766, %7
	%768 = and i1 %765, %767
	%769 = lshr i32 %637, 8
	%770 = and i32 %769, 255
	%771 = select i1 %768, i32 %770, i32 256
	%772 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %771)
	%773 = shl i32 1, %3
	%774 = sub i32 %773, 1
	%775 = and i32 %772, %774
	%776 = icmp eq i32 %775, 0
	%777 = and i1 %768, %776
	br i1 %777, label %778, label %782

778:
	%779 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %770
	%780 = call i32 @llvm.ctpop.i32(i32 %772)
	%781 = atomicrmw add i32 addrspace(3)* %779, i32 %780 monotonic
	br label %782

782:
	%783 = add i32 %448, 2048
	br label %447

784:
	br label %816

785:
	%786 = mul i32 %1, 8
	%787 = add i32 %786, 3
	%788 = mul i32 %2, %NQ
	%789 = add i32 %788, %787
	%790 = mul i32 %789, %NK
	%791 = mul i32 %787, 64
	%792 = add i32 %791, %off
	%793 = add i32 %787, 1
	%794 = mul i32 %793, 64
	%795 = icmp slt i32 %794, %M
	%796 = select i1 %795, i32 %794, i32 %M
	%797 = sub i32 %796, 1
	%798 = add i32 %797, %off
	%799 = icmp slt i32 %792, 0
	%800 = sub i32 0, %792
	%801 = sub i32 64, 1
	%802 = add i32 %800, %801
	%803 = sdiv i32 %802, 64
	%804 = sub i32 0, %803
	%805 = sdiv i32 %792, 64
	%806 = select i1 %799, i32 %804, i32 %805
	%807 = icmp slt i32 %798, 0
	%808 = sub i32 0, %798
	%809 = sub i32 64, 1
	%810 = add i32 %808, %809
	%811 = sdiv i32 %810, 64
	%812 = sub i32 0, %811
	%813 = sdiv i32 %798, 64
	%814 = select i1 %807, i32 %812, i32 %813
	%815 = icmp slt i32 %787, %NQ
	br i1 %815, label %1153, label %1154

816:
	%817 = phi i32 [ %0, %784 ], [ %1152, %1151 ]
	%818 = phi i32 [ 0, %784 ], [ %818, %1151 ]
	%819 = icmp slt i32 %817, %15
	br i1 %819, label %820, label %1020

820:
	%821 = sub i32 %15, 1
	%822 = add i32 %817, 0
	%823 = icmp slt i32 %822, %15
	%824 = icmp slt i32 %822, %821
	%825 = select i1 %824, i32 %822, i32 %821
	%826 = add i32 %817, 256
	%827 = icmp slt i32 %826, %15
	%828 = icmp slt i32 %826, %821
	%829 = select i1 %828, i32 %826, i32 %821
	%830 = add i32 %817, 512
	%831 = icmp slt i32 %830, %15
	%832 = icmp slt i32 %830, %821
	%833 = select i1 %832, i32 %830, i32 %821
	%834 = add i32 %817, 768
	%835 = icmp slt i32 %834, %15
	%836 = icmp slt i32 %834, %821
	%837 = select i1 %836, i32 %834, i32 %821
	%838 = add i32 %817, 1024
	%839 = icmp slt i32 %838, %15
	%840 = icmp slt i32 %838, %821
	%841 = select i1 %840, i32 %838, i32 %821
	%842 = add i32 %817, 1280
	%843 = icmp slt i32 %842, %15
	%844 = icmp slt i32 %842, %821
	%845 = select i1 %844, i32 %842, i32 %821
	%846 = add i32 %817, 1536
	%847 = icmp slt i32 %846, %15
	%848 = icmp slt i32 %846, %821
	%849 = select i1 %848, i32 %846, i32 %821
	%850 = add i32 %817, 1792
	%851 = icmp slt i32 %850, %15
	%852 = icmp slt i32 %850, %821
	%853 = select i1 %852, i32 %850, i32 %821
	%854 = sub i32 %NK, 1
	%855 = icmp slt i32 %822, %854
	%856 = select i1 %855, i32 %822, i32 %854
	%857 = add i32 %421, %856
	%858 = sext i32 %857 to i64
	%859 = getelementptr float, float* %e, i64 %858
	%860 = load float, float* %859
	%861 = icmp slt i32 %826, %854
	%862 = select i1 %861, i32 %826, i32 %854
	%863 = add i32 %421, %862
	%864 = sext i32 %863 to i64
	%865 = getelementptr float, float* %e, i64 %864
	%866 = load float, float* %865
	%867 = icmp slt i32 %830, %854
	%868 = select i1 %867, i32 %830, i32 %854
	%869 = add i32 %421, %868
	%870 = sext i32 %869 to i64
	%871 = getelementptr float, float* %e, i64 %870
	%872 = load float, float* %871
	%873 = icmp slt i32 %834, %854
	%874 = select i1 %873, i32 %834, i32 %854
	%875 = add i32 %421, %874
	%876 = sext i32 %875 to i64
	%877 = getelementptr float, float* %e, i64 %876
	%878 = load float, float* %877
	%879 = icmp slt i32 %838, %854
	%880 = select i1 %879, i32 %838, i32 %854
	%881 = add i32 %421, %880
	%882 = sext i32 %881 to i64
	%883 = getelementptr float, float* %e, i64 %882
	%884 = load float, float* %883
	%885 = icmp slt i32 %842, %854
	%886 = select i1 %885, i32 %842, i32 %854
	%887 = add i32 %421, %886
	%888 = sext i32 %887 to i64
	%889 = getelementptr float, float* %e, i64 %888
	%890 = load float, float* %889
	%891 = icmp slt i32 %846, %854
	%892 = select i1 %891, i32 %846, i32 %854
	%893 = add i32 %421, %892
	%894 = sext i32 %893 to i64
	%895 = getelementptr float, float* %e, i64 %894
	%896 = load float, float* %895
	%897 = icmp slt i32 %850, %854
	%898 = select i1 %897, i32 %850, i32 %854
	%899 = add i32 %421, %898
	%900 = sext i32 %899 to i64
	%901 = getelementptr float, float* %e, i64 %900
	%902 = load float, float* %901
	%903 = icmp slt i32 %822, %NK
	%904 = fcmp oge float %860, 0.0
	%905 = and i1 %903, %904
	%906 = icmp sge i32 %822, %437
	%907 = icmp sle i32 %822, %445
	%908 = and i1 %906, %907
	%909 = or i1 false, %908
	%910 = icmp eq i32 %822, 0
	%911 = or i1 %909, %910
	%912 = bitcast float %860 to i32
	%913 = add i32 %912, 2
	%914 = select i1 %911, i32 1, i32 %913
	%915 = select i1 %905, i32 %914, i32 0
	%916 = icmp slt i32 %826, %NK
	%917 = fcmp oge float %866, 0.0
	%918 = and i1 %916, %917
	%919 = icmp sge i32 %826, %437
	%920 = icmp sle i32 %826, %445
	%921 = and i1 %919, %920
	%922 = or i1 false, %921
	%923 = icmp eq i32 %826, 0
	%924 = or i1 %922, %923
	%925 = bitcast float %866 to i32
	%926 = add i32 %925, 2
	%927 = select i1 %924, i32 1, i32 %926
	%928 = select i1 %918, i32 %927, i32 0
	%929 = icmp slt i32 %830, %NK
	%930 = fcmp oge float %872, 0.0
	%931 = and i1 %929, %930
	%932 = icmp sge i32 %830, %437
	%933 = icmp sle i32 %830, %445
	%934 = and i1 %932, %933
	%935 = or i1 false, %934
	%936 = icmp eq i32 %830, 0
	%937 = or i1 %935, %936
	%938 = bitcast float %872 to i32
	%939 = add i32 %938, 2
	%940 = select i1 %937, i32 1, i32 %939
	%941 = select i1 %931, i32 %940, i32 0
	%942 = icmp slt i32 %834, %NK
	%943 = fcmp oge float %878, 0.0
	%944 = and i1 %942, %943
	%945 = icmp sge i32 %834, %437
	%946 = icmp sle i32 %834, %445
	%947 = and i1 %945, %946
	%948 = or i1 false, %947
	%949 = icmp eq i32 %834, 0
	%950 = or i1 %948, %949
	%951 = bitcast float %878 to i32
	%952 = add i32 %951, 2
	%953 = select i1 %950, i32 1, i32 %952
	%954 = select i1 %944, i32 %953, i32 0
	%955 = icmp slt i32 %838, %NK
	%956 = fcmp oge float %884, 0.0
	%957 = and i1 %955, %956
	%958 = icmp sge i32 %838, %437
	%959 = icmp sle i32 %838, %445
	%960 = and i1 %958, %959
	%961 = or i1 false, %960
	%962 = icmp eq i32 %838, 0
	%963 = or i1 %961, %962
	%964 = bitcast float %884 to i32
	%965 = add i32 %964, 2
	%966 = select i1 %963, i32 1, i32 %965
	%967 = select i1 %957, i32 %966, i32 0
	%968 = icmp slt i32 %842, %NK
	%969 = fcmp oge float %890, 0.0
	%970 = and i1 %968, %969
	%971 = icmp sge i32 %842, %437
	%972 = icmp sle i32 %842, %445
	%973 = and i1 %971, %972
	%974 = or i1 false, %973
	%975 = icmp eq i32 %842, 0
	%976 = or i1 %974, %975
	%977 = bitcast float %890 to i32
	%978 = add i32 %977, 2
	%979 = select i1 %976, i32 1, i32 %978
	%980 = select i1 %970, i32 %979, i32 0
	%981 = icmp slt i32 %846, %NK
	%982 = fcmp oge float %896, 0.0
	%983 = and i1 %981, %982
	%984 = icmp sge i32 %846, %437
	%985 = icmp sle i32 %846, %445
	%986 = and i1 %984, %985
	%987 = or i1 false, %986
	%988 = icmp eq i32 %846, 0
	%989 = or i1 %987, %988
	%990 = bitcast float %896 to i32
	%991 = add i32 %990, 2
	%992 = select i1 %989, i32 1, i32 %991
	%993 = select i1 %983, i32 %992, i32 0
	%994 = icmp slt i32 %850, %NK
	%995 = fcmp oge float %902, 0.0
	%996 = and i1 %994, %995
	%997 = icmp sge i32 %850, %437
	%998 = icmp sle i32 %850, %445
	%999 = and i1 %997, %998
	%1000 = or i1 false, %999
	%1001 = icmp eq i32 %850, 0
	%1002 = or i1 %1000, %1001
	%1003 = bitcast float %902 to i32
	%1004 = add i32 %1003, 2
	%1005 = select i1 %1002, i32 1, i32 %1004
	%1006 = select i1 %996, i32 %1005, i32 0
	%1007 = icmp uge i32 %915, 2
	%1008 = and i32 %915, %11
	%1009 = icmp eq i32 %1008, %7
	%1010 = and i1 %1007, %1009
	%1011 = lshr i32 %915, 8
	%1012 = and i32 %1011, 255
	%1013 = select i1 %1010, i32 %1012, i32 256
	%1014 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1013)
	%1015 = shl i32 1, %3
	%1016 = sub i32 %1015, 1
	%1017 = and i32 %1014, %1016
	%1018 = icmp eq i32 %1017, 0
	%1019 = and i1 %1010, %1018
	br i1 %1019, label %1021, label %1025

1020:
	br label %785

1021:
	%1022 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1012
	%1023 = call i32 @llvm.ctpop.i32(i32 %1014)
	%1024 = atomicrmw add i32 addrspace(3)* %1022, i32 %1023 monotonic
	br label %1025

1025:
	%1026 = icmp uge i32 %928, 2
	%1027 = and i32 %928, %11
	%1028 = icmp eq i32 %1027, %7
	%1029 = and i1 %1026, %1028
	%1030 = lshr i32 %928, 8
	%1031 = and i32 %1030, 255
	%1032 = select i1 %1029, i32 %1031, i32 256
	%1033 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1032)
	%1034 = shl i32 1, %3
	%1035 = sub i32 %1034, 1
	%1036 = and i32 %1033, %1035
	%1037 = icmp eq i32 %1036, 0
	%1038 = and i1 %1029, %1037
	br i1 %1038, label %1039, label %1043

1039:
	%1040 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1031
	%1041 = call i32 @llvm.ctpop.i32(i32 %1033)
	%1042 = atomicrmw add i32 addrspace(3)* %1040, i32 %1041 monotonic
	br label %1043

1043:
	%1044 = icmp uge i32 %941, 2
	%1045 = and i32 %941, %11
	%1046 = icmp eq i32 %1045, %7
	%1047 = and i1 %1044, %1046
	%1048 = lshr i32 %941, 8
	%1049 = and i32 %1048, 255
	%1050 = select i1 %1047, i32 %1049, i32 256
	%1051 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1050)
	%1052 = shl i32 1, %3
	%1053 = sub i32 %1052, 1
	%1054 = and i32 %1051, %1053
	%1055 = icmp eq i32 %1054, 0
	%1056 = and i1 %1047, %1055
	br i1 %1056, label %1057, label %1061

1057:
	%1058 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1049
	%1059 = call i32 @llvm.ctpop.i32(i32 %1051)
	%1060 = atomicrmw add i32 addrspace(3)* %1058, i32 %1059 monotonic
	br label %1061

1061:
	%1062 = icmp uge i32 %954, 2
	%1063 = and i32 %954, %11
	%1064 = icmp eq i32 %1063, %7
	%1065 = and i1 %1062, %1064
	%1066 = lshr i32 %954, 8
	%1067 = and i32 %1066, 255
	%1068 = select i1 %1065, i32 %1067, i32 256
	%1069 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1068)
	%1070 = shl i32 1, %3
	%1071 = sub i32 %1070, 1
	%1072 = and i32 %1069, %1071
	%1073 = icmp eq i32 %1072, 0
	%1074 = and i1 %1065, %1073
	br i1 %1074, label %1075, label %1079

1075:
	%1076 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1067
	%1077 = call i32 @llvm.ctpop.i32(i32 %1069)
	%1078 = atomicrmw add i32 addrspace(3)* %1076, i32 %1077 monotonic
	br label %1079

1079:
	%1080 = icmp uge i32 %967, 2
	%1081 = and i32 %967, %11
	%1082 = icmp eq i32 %1081, %7
	%1083 = and i1 %1080, %1082
	%1084 = lshr i32 %967, 8
	%1085 = and i32 %1084, 255
	%1086 = select i1 %1083, i32 %1085, i32 256
	%1087 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1086)
	%1088 = shl i32 1, %3
	%1089 = sub i32 %1088, 1
	%1090 = and i32 %1087, %1089
	%1091 = icmp eq i32 %1090, 0
	%1092 = and i1 %1083, %1091
	br i1 %1092, label %1093, label %1097

1093:
	%1094 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1085
	%1095 = call i32 @llvm.ctpop.i32(i32 %1087)
	%1096 = atomicrmw add i32 addrspace(3)* %1094, i32 %1095 monotonic
	br label %1097

1097:
	%1098 = icmp uge i32 %980, 2
	%1099 = and i32 %980, %11
	%1100 = icmp eq i32 %1099, %7
	%1101 = and i1 %1098, %1100
	%1102 = lshr i32 %980, 8
	%1103 = and i32 %1102, 255
	%1104 = select i1 %1101, i32 %1103, i32 256
	%1105 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1104)
	%1106 = shl i32 1, %3
	%1107 = sub i32 %1106, 1
	%1108 = and i32 %1105, %1107
	%1109 = icmp eq i32 %1108, 0
	%1110 = and i1 %1101, %1109
	br i1 %1110, label %1111, label %1115

1111:
	%1112 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1103
	%1113 = call i32 @llvm.ctpop.i32(i32 %1105)
	%1114 = atomicrmw add i32 addrspace(3)* %1112, i32 %1113 monotonic
	br label %1115

1115:
	%1116 = icmp uge i32 %993, 2
	%1117 = and i32 %993, %11
	%1118 = icmp eq i32 %1117, %7
	%1119 = and i1 %1116, %1118
	%1120 = lshr i32 %993, 8
	%1121 = and i32 %1120, 255
	%1122 = select i1 %1119, i32 %1121, i32 256
	%1123 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1122)
	%1124 = shl i32 1, %3
	%1125 = sub i32 %1124, 1
	%1126 = and i32 %1123, %1125
	%1127 = icmp eq i32 %1126, 0
	%1128 = and i1 %1119, %1127
	br i1 %1128, label %1129, label %1133

1129:
	%1130 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1121
	%1131 = call i32 @llvm.ctpop.i32(i32 %1123)
	%1132 = atomicrmw add i32 addrspace(3)* %1130, i32 %1131 monotonic
	br label %1133

1133:
	%1134 = icmp uge i32 %1006, 2
	%1135 = and i32 %1006, %11
	%1136 = icmp eq i32 %1135, %7
	%1137 = and i1 %1134, %1136
	%1138 = lshr i32 %1006, 8
	%1139 = and i32 %1138, 255
	%1140 = select i1 %1137, i32 %1139, i32 256
	%1141 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1140)
	%1142 = shl i32 1, %3
	%1143 = sub i32 %1142, 1
	%1144 = and i32 %1141, %1143
	%1145 = icmp eq i32 %1144, 0
	%1146 = and i1 %1137, %1145
	br i1 %1146, label %1147, label %1151

1147:
	%1148 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1139
	%1149 = call i32 @llvm.ctpop.i32(i32 %1141)
	%1150 = atomicrmw add i32 addrspace(3)* %1148, i32 %1149 monotonic
	br label %1151

1151:
	%1152 = add i32 %817, 2048
	br label %816

1153:
	br label %1185

1154:
	%1155 = mul i32 %1, 8
	%1156 = add i32 %1155, 4
	%1157 = mul i32 %2, %NQ
	%1158 = add i32 %1157, %1156
	%1159 = mul i32 %1158, %NK
	%1160 = mul i32 %1156, 64
	%1161 = add i32 %1160, %off
	%1162 = add i32 %1156, 1
	%1163 = mul i32 %1162, 64
	%1164 = icmp slt i32 %1163, %M
	%1165 = select i1 %1164, i32 %1163, i32 %M
	%1166 = sub i32 %1165, 1
	%1167 = add i32 %1166, %off
	%1168 = icmp slt i32 %1161, 0
	%1169 = sub i32 0, %1161
	%1170 = sub i32 64, 1
	%1171 = add i32 %1169, %1170
	%1172 = sdiv i32 %1171, 64
	%1173 = sub i32 0, %1172
	%1174 = sdiv i32 %1161, 64
	%1175 = select i1 %1168, i32 %1173, i32 %1174
	%1176 = icmp slt i32 %1167, 0
	%1177 = sub i32 0, %1167
	%1178 = sub i32 64, 1
	%1179 = add i32 %1177, %1178
	%1180 = sdiv i32 %1179, 64
	%1181 = sub i32 0, %1180
	%1182 = sdiv i32 %1167, 64
	%1183 = select i1 %1176, i32 %1181, i32 %1182
	%1184 = icmp slt i32 %1156, %NQ
	br i1 %1184, label %1522, label %1523

1185:
	%1186 = phi i32 [ %0, %1153 ], [ %1521, %1520 ]
	%1187 = phi i32 [ 0, %1153 ], [ %1187, %1520 ]
	%1188 = icmp slt i32 %1186, %15
	br i1 %1188, label %1189, label %1389

1189:
	%1190 = sub i32 %15, 1
	%1191 = add i32 %1186, 0
	%1192 = icmp slt i32 %1191, %15
	%1193 = icmp slt i32 %1191, %1190
	%1194 = select i1 %1193, i32 %1191, i32 %1190
	%1195 = add i32 %1186, 256
	%1196 = icmp slt i32 %1195, %15
	%1197 = icmp slt i32 %1195, %1190
	%1198 = select i1 %1197, i32 %1195, i32 %1190
	%1199 = add i32 %1186, 512
	%1200 = icmp slt i32 %1199, %15
	%1201 = icmp slt i32 %1199, %1190
	%1202 = select i1 %1201, i32 %1199, i32 %1190
	%1203 = add i32 %1186, 768
	%1204 = icmp slt i32 %1203, %15
	%1205 = icmp slt i32 %1203, %1190
	%1206 = select i1 %1205, i32 %1203, i32 %1190
	%1207 = add i32 %1186, 1024
	%1208 = icmp slt i32 %1207, %15
	%1209 = icmp slt i32 %1207, %1190
	%1210 = select i1 %1209, i32 %1207, i32 %1190
	%1211 = add i32 %1186, 1280
	%1212 = icmp slt i32 %1211, %15
	%1213 = icmp slt i32 %1211, %1190
	%1214 = select i1 %1213, i32 %1211, i32 %1190
	%1215 = add i32 %1186, 1536
	%1216 = icmp slt i32 %1215, %15
	%1217 = icmp slt i32 %1215, %1190
	%1218 = select i1 %1217, i32 %1215, i32 %1190
	%1219 = add i32 %1186, 1792
	%1220 = icmp slt i32 %1219, %15
	%1221 = icmp slt i32 %1219, %1190
	%1222 = select i1 %1221, i32 %1219, i32 %1190
	%1223 = sub i32 %NK, 1
	%1224 = icmp slt i32 %1191, %1223
	%1225 = select i1 %1224, i32 %1191, i32 %1223
	%1226 = add i32 %790, %1225
	%1227 = sext i32 %1226 to i64
	%1228 = getelementptr float, float* %e, i64 %1227
	%1229 = load float, float* %1228
	%1230 = icmp slt i32 %1195, %1223
	%1231 = select i1 %1230, i32 %1195, i32 %1223
	%1232 = add i32 %790, %1231
	%1233 = sext i32 %1232 to i64
	%1234 = getelementptr float, float* %e, i64 %1233
	%1235 = load float, float* %1234
	%1236 = icmp slt i32 %1199, %1223
	%1237 = select i1 %1236, i32 %1199, i32 %1223
	%1238 = add i32 %790, %1237
	%1239 = sext i32 %1238 to i64
	%1240 = getelementptr float, float* %e, i64 %1239
	%1241 = load float, float* %1240
	%1242 = icmp slt i32 %1203, %1223
	%1243 = select i1 %1242, i32 %1203, i32 %1223
	%1244 = add i32 %790, %1243
	%1245 = sext i32 %1244 to i64
	%1246 = getelementptr float, float* %e, i64 %1245
	%1247 = load float, float* %1246
	%1248 = icmp slt i32 %1207, %1223
	%1249 = select i1 %1248, i32 %1207, i32 %1223
	%1250 = add i32 %790, %1249
	%1251 = sext i32 %1250 to i64
	%1252 = getelementptr float, float* %e, i64 %1251
	%1253 = load float, float* %1252
	%1254 = icmp slt i32 %1211, %1223
	%1255 = select i1 %1254, i32 %1211, i32 %1223
	%1256 = add i32 %790, %1255
	%1257 = sext i32 %1256 to i64
	%1258 = getelementptr float, float* %e, i64 %1257
	%1259 = load float, float* %1258
	%1260 = icmp slt i32 %1215, %1223
	%1261 = select i1 %1260, i32 %1215, i32 %1223
	%1262 = add i32 %790, %1261
	%1263 = sext i32 %1262 to i64
	%1264 = getelementptr float, float* %e, i64 %1263
	%1265 = load float, float* %1264
	%1266 = icmp slt i32 %1219, %1223
	%1267 = select i1 %1266, i32 %1219, i32 %1223
	%1268 = add i32 %790, %1267
	%1269 = sext i32 %1268 to i64
	%1270 = getelementptr float, float* %e, i64 %1269
	%1271 = load float, float* %1270
	%1272 = icmp slt i32 %1191, %NK
	%1273 = fcmp oge float %1229, 0.0
	%1274 = and i1 %1272, %1273
	%1275 = icmp sge i32 %1191, %806
	%1276 = icmp sle i32 %1191, %814
	%1277 = and i1 %1275, %1276
	%1278 = or i1 false, %1277
	%1279 = icmp eq i32 %1191, 0
	%1280 = or i1 %1278, %1279
	%1281 = bitcast float %1229 to i32
	%1282 = add i32 %1281, 2
	%1283 = select i1 %1280, i32 1, i32 %1282
	%1284 = select i1 %1274, i32 %1283, i32 0
	%1285 = icmp slt i32 %1195, %NK
	%1286 = fcmp oge float %1235, 0.0
	%1287 = and i1 %1285, %1286
	%1288 = icmp sge i32 %1195, %806
	%1289 = icmp sle i32 %1195, %814
	%1290 = and i1 %1288, %1289
	%1291 = or i1 false, %1290
	%1292 = icmp eq i32 %1195, 0
	%1293 = or i1 %1291, %1292
	%1294 = bitcast float %1235 to i32
	%1295 = add i32 %1294, 2
	%1296 = select i1 %1293, i32 1, i32 %1295
	%1297 = select i1 %1287, i32 %1296, i32 0
	%1298 = icmp slt i32 %1199, %NK
	%1299 = fcmp oge float %1241, 0.0
	%1300 = and i1 %1298, %1299
	%1301 = icmp sge i32 %1199, %806
	%1302 = icmp sle i32 %1199, %814
	%1303 = and i1 %1301, %1302
	%1304 = or i1 false, %1303
	%1305 = icmp eq i32 %1199, 0
	%1306 = or i1 %1304, %1305
	%1307 = bitcast float %1241 to i32
	%1308 = add i32 %1307, 2
	%1309 = select i1 %1306, i32 1, i32 %1308
	%1310 = select i1 %1300, i32 %1309, i32 0
	%1311 = icmp slt i32 %1203, %NK
	%1312 = fcmp oge float %1247, 0.0
	%1313 = and i1 %1311, %1312
	%1314 = icmp sge i32 %1203, %806
	%1315 = icmp sle i32 %1203, %814
	%1316 = and i1 %1314, %1315
	%1317 = or i1 false, %1316
	%1318 = icmp eq i32 %1203, 0
	%1319 = or i1 %1317, %1318
	%1320 = bitcast float %1247 to i32
	%1321 = add i32 %1320, 2
	%1322 = select i1 %1319, i32 1, i32 %1321
	%1323 = select i1 %1313, i32 %1322, i32 0
	%1324 = icmp slt i32 %1207, %NK
	%1325 = fcmp oge float %1253, 0.0
	%1326 = and i1 %1324, %1325
	%1327 = icmp sge i32 %1207, %806
	%1328 = icmp sle i32 %1207, %814
	%1329 = and i1 %1327, %1328
	%1330 = or i1 false, %1329
	%1331 = icmp eq i32 %1207, 0
	%1332 = or i1 %1330, %1331
	%1333 = bitcast float %1253 to i32
	%1334 = add i32 %1333, 2
	%1335 = select i1 %1332, i32 1, i32 %1334
	%1336 = select i1 %1326, i32 %1335, i32 0
	%1337 = icmp slt i32 %1211, %NK
	%1338 = fcmp oge float %1259, 0.0
	%1339 = and i1 %1337, %1338
	%1340 = icmp sge i32 %1211, %806
	%1341 = icmp sle i32 %1211, %814
	%1342 = and i1 %1340, %1341
	%1343 = or i1 false, %1342
	%1344 = icmp eq i32 %1211, 0
	%1345 = or i1 %1343, %1344
	%1346 = bitcast float %1259 to i32
	%1347 = add i32 %1346, 2
	%1348 = select i1 %1345, i32 1, i32 %1347
	%1349 = select i1 %1339, i32 %1348, i32 0
	%1350 = icmp slt i32 %1215, %NK
	%1351 = fcmp oge float %1265, 0.0
	%1352 = and i1 %1350, %1351
	%1353 = icmp sge i32 %1215, %806
	%1354 = icmp sle i32 %1215, %814
	%1355 = and i1 %1353, %1354
	%1356 = or i1 false, %1355
	%1357 = icmp eq i32 %1215, 0
	%1358 = or i1 %1356, %1357
	%1359 = bitcast float %1265 to i32
	%1360 = add i32 %1359, 2
	%1361 = select i1 %1358, i32 1, i32 %1360
	%1362 = select i1 %1352, i32 %1361, i32 0
	%1363 = icmp slt i32 %1219, %NK
	%1364 = fcmp oge float %1271, 0.0
	%1365 = and i1 %1363, %1364
	%1366 = icmp sge i32 %1219, %806
	%1367 = icmp sle i32 %1219, %814
	%1368 = and i1 %1366, %1367
	%1369 = or i1 false, %1368
	%1370 = icmp eq i32 %1219, 0
	%1371 = or i1 %1369, %1370
	%1372 = bitcast float %1271 to i32
	%1373 = add i32 %1372, 2
	%1374 = select i1 %1371, i32 1, i32 %1373
	%1375 = select i1 %1365, i32 %1374, i32 0
	%1376 = icmp uge i32 %1284, 2
	%1377 = and i32 %1284, %11
	%1378 = icmp eq i32 %1377, %7
	%1379 = and i1 %1376, %1378
	%1380 = lshr i32 %1284, 8
	%1381 = and i32 %1380, 255
	%1382 = select i1 %1379, i32 %1381, i32 256
	%1383 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1382)
	%1384 = shl i32 1, %3
	%1385 = sub i32 %1384, 1
	%1386 = and i32 %1383, %1385
	%1387 = icmp eq i32 %1386, 0
	%1388 = and i1 %1379, %1387
	br i1 %1388, label %1390, label %1394

1389:
	br label %1154

1390:
	%1391 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1381
	%1392 = call i32 @llvm.ctpop.i32(i32 %1383)
	%1393 = atomicrmw add i32 addrspace(3)* %1391, i32 %1392 monotonic
	br label %1394

1394:
	%1395 = icmp uge i32 %1297, 2
	%1396 = and i32 %1297, %11
	%1397 = icmp eq i32 %1396, %7
	%1398 = and i1 %1395, %1397
	%1399 = lshr i32 %1297, 8
	%1400 = and i32 %1399, 255
	%1401 = select i1 %1398, i32 %1400, i32 256
	%1402 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1401)
	%1403 = shl i32 1, %3
	%1404 = sub i32 %1403, 1
	%1405 = and i32 %1402, %1404
	%1406 = icmp eq i32 %1405, 0
	%1407 = and i1 %1398, %1406
	br i1 %1407, label %1408, label %1412

1408:
	%1409 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1400
	%1410 = call i32 @llvm.ctpop.i32(i32 %1402)
	%1411 = atomicrmw add i32 addrspace(3)* %1409, i32 %1410 monotonic
	br label %1412

1412:
	%1413 = icmp uge i32 %1310, 2
	%1414 = and i32 %1310, %11
	%1415 = icmp eq i32 %1414, %7
	%1416 = and i1 %1413, %1415
	%1417 = lshr i32 %1310, 8
	%1418 = and i32 %1417, 255
	%1419 = select i1 %1416, i32 %1418, i32 256
	%1420 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1419)
	%1421 = shl i32 1, %3
	%1422 = sub i32 %1421, 1
	%1423 = and i32 %1420, %1422
	%1424 = icmp eq i32 %1423, 0
	%1425 = and i1 %1416, %1424
	br i1 %1425, label %1426, label %1430

1426:
	%1427 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1418
	%1428 = call i32 @llvm.ctpop.i32(i32 %1420)
	%1429 = atomicrmw add i32 addrspace(3)* %1427, i32 %1428 monotonic
	br label %1430

1430:
	%1431 = icmp uge i32 %1323, 2
	%1432 = and i32 %1323, %11
	%1433 = icmp eq i32 %1432, %7
	%1434 = and i1 %1431, %1433
	%1435 = lshr i32 %1323, 8
	%1436 = and i32 %1435, 255
	%1437 = select i1 %1434, i32 %1436, i32 256
	%1438 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1437)
	%1439 = shl i32 1, %3
	%1440 = sub i32 %1439, 1
	%1441 = and i32 %1438, %1440
	%1442 = icmp eq i32 %1441, 0
	%1443 = and i1 %1434, %1442
	br i1 %1443, label %1444, label %1448

1444:
	%1445 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1436
	%1446 = call i32 @llvm.ctpop.i32(i32 %1438)
	%1447 = atomicrmw add i32 addrspace(3)* %1445, i32 %1446 monotonic
	br label %1448

1448:
	%1449 = icmp uge i32 %1336, 2
	%1450 = and i32 %1336, %11
	%1451 = icmp eq i32 %1450, %7
	%1452 = and i1 %1449, %1451
	%1453 = lshr i32 %1336, 8
	%1454 = and i32 %1453, 255
	%1455 = select i1 %1452, i32 %1454, i32 256
	%1456 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1455)
	%1457 = shl i32 1, %3
	%1458 = sub i32 %1457, 1
	%1459 = and i32 %1456, %1458
	%1460 = icmp eq i32 %1459, 0
	%1461 = and i1 %1452, %1460
	br i1 %1461, label %1462, label %1466

1462:
	%1463 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1454
	%1464 = call i32 @llvm.ctpop.i32(i32 %1456)
	%1465 = atomicrmw add i32 addrspace(3)* %1463, i32 %1464 monotonic
	br label %1466

1466:
	%1467 = icmp uge i32 %1349, 2
	%1468 = and i32 %1349, %11
	%1469 = icmp eq i32 %1468, %7
	%1470 = and i1 %1467, %1469
	%1471 = lshr i32 %1349, 8
	%1472 = and i32 %1471, 255
	%1473 = select i1 %1470, i32 %1472, i32 256
	%1474 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1473)
	%1475 = shl i32 1, %3
	%1476 = sub i32 %1475, 1
	%1477 = and i32 %1474, %1476
	%1478 = icmp eq i32 %1477, 0
	%1479 = and i1 %1470, %1478
	br i1 %1479, label %1480, label %1484

1480:
	%1481 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1472
	%1482 = call i32 @llvm.ctpop.i32(i32 %1474)
	%1483 = atomicrmw add i32 addrspace(3)* %1481, i32 %1482 monotonic
	br label %1484

1484:
	%1485 = icmp uge i32 %1362, 2
	%1486 = and i32 %1362, %11
	%1487 = icmp eq i32 %1486, %7
	%1488 = and i1 %1485, %1487
	%1489 = lshr i32 %1362, 8
	%1490 = and i32 %1489, 255
	%1491 = select i1 %1488, i32 %1490, i32 256
	%1492 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1491)
	%1493 = shl i32 1, %3
	%1494 = sub i32 %1493, 1
	%1495 = and i32 %1492, %1494
	%1496 = icmp eq i32 %1495, 0
	%1497 = and i1 %1488, %1496
	br i1 %1497, label %1498, label %1502

1498:
	%1499 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1490
	%1500 = call i32 @llvm.ctpop.i32(i32 %1492)
	%1501 = atomicrmw add i32 addrspace(3)* %1499, i32 %1500 monotonic
	br label %1502

1502:
	%1503 = icmp uge i32 %1375, 2
	%1504 = and i32 %1375, %11
	%1505 = icmp eq i32 %1504, %7
	%1506 = and i1 %1503, %1505
	%1507 = lshr i32 %1375, 8
	%1508 = and i32 %1507, 255
	%1509 = select i1 %1506, i32 %1508, i32 256
	%1510 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1509)
	%1511 = shl i32 1, %3
	%1512 = sub i32 %1511, 1
	%1513 = and i32 %1510, %1512
	%1514 = icmp eq i32 %1513, 0
	%1515 = and i1 %1506, %1514
	br i1 %1515, label %1516, label %1520

1516:
	%1517 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1508
	%1518 = call i32 @llvm.ctpop.i32(i32 %1510)
	%1519 = atomicrmw add i32 addrspace(3)* %1517, i32 %1518 monotonic
	br label %1520

1520:
	%1521 = add i32 %1186, 2048
	br label %1185

1522:
	br label %1554

1523:
	%1524 = mul i32 %1, 8
	%1525 = add i32 %1524, 5
	%1526 = mul i32 %2, %NQ
	%1527 = add i32 %1526, %1525
	%1528 = mul i32 %1527, %NK
	%1529 = mul i32 %1525, 64
	%1530 = add i32 %1529, %off
	%1531 = add i32 %1525, 1
	%1532 = mul i32 %1531, 64
	%1533 = icmp slt i32 %1532, %M
	%1534 = select i1 %1533, i32 %1532, i32 %M
	%1535 = sub i32 %1534, 1
	%1536 = add i32 %1535, %off
	%1537 = icmp slt i32 %1530, 0
	%1538 = sub i32 0, %1530
	%1539 = sub i32 64, 1
	%1540 = add i32 %1538, %1539
	%1541 = sdiv i32 %1540, 64
	%1542 = sub i32 0, %1541
	%1543 = sdiv i32 %1530, 64
	%1544 = select i1 %1537, i32 %1542, i32 %1543
	%1545 = icmp slt i32 %1536, 0
	%1546 = sub i32 0, %1536
	%1547 = sub i32 64, 1
	%1548 = add i32 %1546, %1547
	%1549 = sdiv i32 %1548, 64
	%1550 = sub i32 0, %1549
	%1551 = sdiv i32 %1536, 64
	%1552 = select i1 %1545, i32 %1550, i32 %1551
	%1553 = icmp slt i32 %1525, %NQ
	br i1 %1553, label %1891, label %1892

1554:
	%1555 = phi i32 [ %0, %1522 ], [ %1890, %1889 ]
	%1556 = phi i32 [ 0, %1522 ], [ %1556, %1889 ]
	%1557 = icmp slt i32 %1555, %15
	br i1 %1557, label %1558, label %1758

1558:
	%1559 = sub i32 %15, 1
	%1560 = add i32 %1555, 0
	%1561 = icmp slt i32 %1560, %15
	%1562 = icmp slt i32 %1560, %1559
	%1563 = select i1 %1562, i32 %1560, i32 %1559
	%1564 = add i32 %1555, 256
	%1565 = icmp slt i32 %1564, %15
	%1566 = icmp slt i32 %1564, %1559
	%1567 = select i1 %1566, i32 %1564, i32 %1559
	%1568 = add i32 %1555, 512
	%1569 = icmp slt i32 %1568, %15
	%1570 = icmp slt i32 %1568, %1559
	%1571 = select i1 %1570, i32 %1568, i32 %1559
	%1572 = add i32 %1555, 768
	%1573 = icmp slt i32 %1572, %15
	%1574 = icmp slt i32 %1572, %1559
	%1575 = select i1 %1574, i32 %1572, i32 %1559
	%1576 = add i32 %1555, 1024
	%1577 = icmp slt i32 %1576, %15
	%1578 = icmp slt i32 %1576, %1559
	%1579 = select i1 %1578, i32 %1576, i32 %1559
	%1580 = add i32 %1555, 1280
	%1581 = icmp slt i32 %1580, %15
	%1582 = icmp slt i32 %1580, %1559
	%1583 = select i1 %1582, i32 %1580, i32 %1559
	%1584 = add i32 %1555, 1536
	%1585 = icmp slt i32 %1584, %15
	%1586 = icmp slt i32 %1584, %1559
	%1587 = select i1 %1586, i32 %1584, i32 %1559
	%1588 = add i32 %1555, 1792
	%1589 = icmp slt i32 %1588, %15
	%1590 = icmp slt i32 %1588, %1559
	%1591 = select i1 %1590, i32 %1588, i32 %1559
	%1592 = sub i32 %NK, 1
	%1593 = icmp slt i32 %1560, %1592
	%1594 = select i1 %1593, i32 %1560, i32 %1592
	%1595 = add i32 %1159, %1594
	%1596 = sext i32 %1595 to i64
	%1597 = getelementptr float, float* %e, i64 %1596
	%1598 = load float, float* %1597
	%1599 = icmp slt i32 %1564, %1592
	%1600 = select i1 %1599, i32 %1564, i32 %1592
	%1601 = add i32 %1159, %1600
	%1602 = sext i32 %1601 to i64
	%1603 = getelementptr float, float* %e, i64 %1602
	%1604 = load float, float* %1603
	%1605 = icmp slt i32 %1568, %1592
	%1606 = select i1 %1605, i32 %1568, i32 %1592
	%1607 = add i32 %1159, %1606
	%1608 = sext i32 %1607 to i64
	%1609 = getelementptr float, float* %e, i64 %1608
	%1610 = load float, float* %1609
	%1611 = icmp slt i32 %1572, %1592
	%1612 = select i1 %1611, i32 %1572, i32 %1592
	%1613 = add i32 %1159, %1612
	%1614 = sext i32 %1613 to i64
	%1615 = getelementptr float, float* %e, i64 %1614
	%1616 = load float, float* %1615
	%1617 = icmp slt i32 %1576, %1592
	%1618 = select i1 %1617, i32 %1576, i32 %1592
	%1619 = add i32 %1159, %1618
	%1620 = sext i32 %1619 to i64
	%1621 = getelementptr float, float* %e, i64 %1620
	%1622 = load float, float* %1621
	%1623 = icmp slt i32 %1580, %1592
	%1624 = select i1 %1623, i32 %1580, i32 %1592
	%1625 = add i32 %1159, %1624
	%1626 = sext i32 %1625 to i64
	%1627 = getelementptr float, float* %e, i64 %1626
	%1628 = load float, float* %1627
	%1629 = icmp slt i32 %1584, %1592
	%1630 = select i1 %1629, i32 %1584, i32 %1592
	%1631 = add i32 %1159, %1630
	%1632 = sext i32 %1631 to i64
	%1633 = getelementptr float, float* %e, i64 %1632
	%1634 = load float, float* %1633
	%1635 = icmp slt i32 %1588, %1592
	%1636 = select i1 %1635, i32 %1588, i32 %1592
	%1637 = add i32 %1159, %1636
	%1638 = sext i32 %1637 to i64
	%1639 = getelementptr float, float* %e, i64 %1638
	%1640 = load float, float* %1639
	%1641 = icmp slt i32 %1560, %NK
	%1642 = fcmp oge float %1598, 0.0
	%1643 = and i1 %1641, %1642
	%1644 = icmp sge i32 %1560, %1175
	%1645 = icmp sle i32 %1560, %1183
	%1646 = and i1 %1644, %1645
	%1647 = or i1 false, %1646
	%1648 = icmp eq i32 %1560, 0
	%1649 = or i1 %1647, %1648
	%1650 = bitcast float %1598 to i32
	%1651 = add i32 %1650, 2
	%1652 = select i1 %1649, i32 1, i32 %1651
	%1653 = select i1 %1643, i32 %1652, i32 0
	%1654 = icmp slt i32 %1564, %NK
	%1655 = fcmp oge float %1604, 0.0
	%1656 = and i1 %1654, %1655
	%1657 = icmp sge i32 %1564, %1175
	%1658 = icmp sle i32 %1564, %1183
	%1659 = and i1 %1657, %1658
	%1660 = or i1 false, %1659
	%1661 = icmp eq i32 %1564, 0
	%1662 = or i1 %1660, %1661
	%1663 = bitcast float %1604 to i32
	%1664 = add i32 %1663, 2
	%1665 = select i1 %1662, i32 1, i32 %1664
	%1666 = select i1 %1656, i32 %1665, i32 0
	%1667 = icmp slt i32 %1568, %NK
	%1668 = fcmp oge float %1610, 0.0
	%1669 = and i1 %1667, %1668
	%1670 = icmp sge i32 %1568, %1175
	%1671 = icmp sle i32 %1568, %1183
	%1672 = and i1 %1670, %1671
	%1673 = or i1 false, %1672
	%1674 = icmp eq i32 %1568, 0
	%1675 = or i1 %1673, %1674
	%1676 = bitcast float %1610 to i32
	%1677 = add i32 %1676, 2
	%1678 = select i1 %1675, i32 1, i32 %1677
	%1679 = select i1 %1669, i32 %1678, i32 0
	%1680 = icmp slt i32 %1572, %NK
	%1681 = fcmp oge float %1616, 0.0
	%1682 = and i1 %1680, %1681
	%1683 = icmp sge i32 %1572, %1175
	%1684 = icmp sle i32 %1572, %1183
	%1685 = and i1 %1683, %1684
	%1686 = or i1 false, %1685
	%1687 = icmp eq i32 %1572, 0
	%1688 = or i1 %1686, %1687
	%1689 = bitcast float %1616 to i32
	%1690 = add i32 %1689, 2
	%1691 = select i1 %1688, i32 1, i32 %1690
	%1692 = select i1 %1682, i32 %1691, i32 0
	%1693 = icmp slt i32 %1576, %NK
	%1694 = fcmp oge float %1622, 0.0
	%1695 = and i1 %1693, %1694
	%1696 = icmp sge i32 %1576, %1175
	%1697 = icmp sle i32 %1576, %1183
	%1698 = and i1 %1696, %1697
	%1699 = or i1 false, %1698
	%1700 = icmp eq i32 %1576, 0
	%1701 = or i1 %1699, %1700
	%1702 = bitcast float %1622 to i32
	%1703 = add i32 %1702, 2
	%1704 = select i1 %1701, i32 1, i32 %1703
	%1705 = select i1 %1695, i32 %1704, i32 0
	%1706 = icmp slt i32 %1580, %NK
	%1707 = fcmp oge float %1628, 0.0
	%1708 = and i1 %1706, %1707
	%1709 = icmp sge i32 %1580, %1175
	%1710 = icmp sle i32 %1580, %1183
	%1711 = and i1 %1709, %1710
	%1712 = or i1 false, %1711
	%1713 = icmp eq i32 %1580, 0
	%1714 = or i1 %1712, %1713
	%1715 = bitcast float %1628 to i32
	%1716 = add i32 %1715, 2
	%1717 = select i1 %1714, i32 1, i32 %1716
	%1718 = select i1 %1708, i32 %1717, i32 0
	%1719 = icmp slt i32 %1584, %NK
	%1720 = fcmp oge float %1634, 0.0
	%1721 = and i1 %1719, %1720
	%1722 = icmp sge i32 %1584, %1175
	%1723 = icmp sle i32 %1584, %1183
	%1724 = and i1 %1722, %1723
	%1725 = or i1 false, %1724
	%1726 = icmp eq i32 %1584, 0
	%1727 = or i1 %1725, %1726
	%1728 = bitcast float %1634 to i32
	%1729 = add i32 %1728, 2
	%1730 = select i1 %1727, i32 1, i32 %1729
	%1731 = select i1 %1721, i32 %1730, i32 0
	%1732 = icmp slt i32 %1588, %NK
	%1733 = fcmp oge float %1640, 0.0
	%1734 = and i1 %1732, %1733
	%1735 = icmp sge i32 %1588, %1175
	%1736 = icmp sle i32 %1588, %1183
	%1737 = and i1 %1735, %1736
	%1738 = or i1 false, %1737
	%1739 = icmp eq i32 %1588, 0
	%1740 = or i1 %1738, %1739
	%1741 = bitcast float %1640 to i32
	%1742 = add i32 %1741, 2
	%1743 = select i1 %1740, i32 1, i32 %1742
	%1744 = select i1 %1734, i32 %1743, i32 0
	%1745 = icmp uge i32 %1653, 2
	%1746 = and i32 %1653, %11
	%1747 = icmp eq i32 %1746, %7
	%1748 = and i1 %1745, %1747
	%1749 = lshr i32 %1653, 8
	%1750 = and i32 %1749, 255
	%1751 = select i1 %1748, i32 %1750, i32 256
	%1752 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1751)
	%1753 = shl i32 1, %3
	%1754 = sub i32 %1753, 1
	%1755 = and i32 %1752, %1754
	%1756 = icmp eq i32 %1755, 0
	%1757 = and i1 %1748, %1756
	br i1 %1757, label %1759, label %1763

1758:
	br label %1523

1759:
	%1760 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1750
	%1761 = call i32 @llvm.ctpop.i32(i32 %1752)
	%1762 = atomicrmw add i32 addrspace(3)* %1760, i32 %1761 monotonic
	br label %1763

1763:
	%1764 = icmp uge i32 %1666, 2
	%1765 = and i32 %1666, %11
	%1766 = icmp eq i32 %1765, %7
	%1767 = and i1 %1764, %1766
	%1768 = lshr i32 %1666, 8
	%1769 = and i32 %1768, 255
	%1770 = select i1 %1767, i32 %1769, i32 256
	%1771 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1770)
	%1772 = shl i32 1, %3
	%1773 = sub i32 %1772, 1
	%1774 = and i32 %1771, %1773
	%1775 = icmp eq i32 %1774, 0
	%1776 = and i1 %1767, %1775
	br i1 %1776, label %1777, label %1781

1777:
	%1778 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1769
	%1779 = call i32 @llvm.ctpop.i32(i32 %1771)
	%1780 = atomicrmw add i32 addrspace(3)* %1778, i32 %1779 monotonic
	br label %1781

1781:
	%1782 = icmp uge i32 %1679, 2
	%1783 = and i32 %1679, %11
	%1784 = icmp eq i32 %1783, %7
	%1785 = and i1 %1782, %1784
	%1786 = lshr i32 %1679, 8
	%1787 = and i32 %1786, 255
	%1788 = select i1 %1785, i32 %1787, i32 256
	%1789 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1788)
	%1790 = shl i32 1, %3
	%1791 = sub i32 %1790, 1
	%1792 = and i32 %1789, %1791
	%1793 = icmp eq i32 %1792, 0
	%1794 = and i1 %1785, %1793
	br i1 %1794, label %1795, label %1799

1795:
	%1796 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1787
	%1797 = call i32 @llvm.ctpop.i32(i32 %1789)
	%1798 = atomicrmw add i32 addrspace(3)* %1796, i32 %1797 monotonic
	br label %1799

1799:
	%1800 = icmp uge i32 %1692, 2
	%1801 = and i32 %1692, %11
	%1802 = icmp eq i32 %1801, %7
	%1803 = and i1 %1800, %1802
	%1804 = lshr i32 %1692, 8
	%1805 = and i32 %1804, 255
	%1806 = select i1 %1803, i32 %1805, i32 256
	%1807 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1806)
	%1808 = shl i32 1, %3
	%1809 = sub i32 %1808, 1
	%1810 = and i32 %1807, %1809
	%1811 = icmp eq i32 %1810, 0
	%1812 = and i1 %1803, %1811
	br i1 %1812, label %1813, label %1817

1813:
	%1814 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1805
	%1815 = call i32 @llvm.ctpop.i32(i32 %1807)
	%1816 = atomicrmw add i32 addrspace(3)* %1814, i32 %1815 monotonic
	br label %1817

1817:
	%1818 = icmp uge i32 %1705, 2
	%1819 = and i32 %1705, %11
	%1820 = icmp eq i32 %1819, %7
	%1821 = and i1 %1818, %1820
	%1822 = lshr i32 %1705, 8
	%1823 = and i32 %1822, 255
	%1824 = select i1 %1821, i32 %1823, i32 256
	%1825 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1824)
	%1826 = shl i32 1, %3
	%1827 = sub i32 %1826, 1
	%1828 = and i32 %1825, %1827
	%1829 = icmp eq i32 %1828, 0
	%1830 = and i1 %1821, %1829
	br i1 %1830, label %1831, label %1835

1831:
	%1832 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1823
	%1833 = call i32 @llvm.ctpop.i32(i32 %1825)
	%1834 = atomicrmw add i32 addrspace(3)* %1832, i32 %1833 monotonic
	br label %1835

1835:
	%1836 = icmp uge i32 %1718, 2
	%1837 = and i32 %1718, %11
	%1838 = icmp eq i32 %1837, %7
	%1839 = and i1 %1836, %1838
	%1840 = lshr i32 %1718, 8
	%1841 = and i32 %1840, 255
	%1842 = select i1 %1839, i32 %1841, i32 256
	%1843 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1842)
	%1844 = shl i32 1, %3
	%1845 = sub i32 %1844, 1
	%1846 = and i32 %1843, %1845
	%1847 = icmp eq i32 %1846, 0
	%1848 = and i1 %1839, %1847
	br i1 %1848, label %1849, label %1853

1849:
	%1850 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1841
	%1851 = call i32 @llvm.ctpop.i32(i32 %1843)
	%1852 = atomicrmw add i32 addrspace(3)* %1850, i32 %1851 monotonic
	br label %1853

1853:
	%1854 = icmp uge i32 %1731, 2
	%1855 = and i32 %1731, %11
	%1856 = icmp eq i32 %1855, %7
	%1857 = and i1 %1854, %1856
	%1858 = lshr i32 %1731, 8
	%1859 = and i32 %1858, 255
	%1860 = select i1 %1857, i32 %1859, i32 256
	%1861 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1860)
	%1862 = shl i32 1, %3
	%1863 = sub i32 %1862, 1
	%1864 = and i32 %1861, %1863
	%1865 = icmp eq i32 %1864, 0
	%1866 = and i1 %1857, %1865
	br i1 %1866, label %1867, label %1871

1867:
	%1868 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1859
	%1869 = call i32 @llvm.ctpop.i32(i32 %1861)
	%1870 = atomicrmw add i32 addrspace(3)* %1868, i32 %1869 monotonic
	br label %1871

1871:
	%1872 = icmp uge i32 %1744, 2
	%1873 = and i32 %1744, %11
	%1874 = icmp eq i32 %1873, %7
	%1875 = and i1 %1872, %1874
	%1876 = lshr i32 %1744, 8
	%1877 = and i32 %1876, 255
	%1878 = select i1 %1875, i32 %1877, i32 256
	%1879 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1878)
	%1880 = shl i32 1, %3
	%1881 = sub i32 %1880, 1
	%1882 = and i32 %1879, %1881
	%1883 = icmp eq i32 %1882, 0
	%1884 = and i1 %1875, %1883
	br i1 %1884, label %1885, label %1889

1885:
	%1886 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %1877
	%1887 = call i32 @llvm.ctpop.i32(i32 %1879)
	%1888 = atomicrmw add i32 addrspace(3)* %1886, i32 %1887 monotonic
	br label %1889

1889:
	%1890 = add i32 %1555, 2048
	br label %1554

1891:
	br label %1923

1892:
	%1893 = mul i32 %1, 8
	%1894 = add i32 %1893, 6
	%1895 = mul i32 %2, %NQ
	%1896 = add i32 %1895, %1894
	%1897 = mul i32 %1896, %NK
	%1898 = mul i32 %1894, 64
	%1899 = add i32 %1898, %off
	%1900 = add i32 %1894, 1
	%1901 = mul i32 %1900, 64
	%1902 = icmp slt i32 %1901, %M
	%1903 = select i1 %1902, i32 %1901, i32 %M
	%1904 = sub i32 %1903, 1
	%1905 = add i32 %1904, %off
	%1906 = icmp slt i32 %1899, 0
	%1907 = sub i32 0, %1899
	%1908 = sub i32 64, 1
	%1909 = add i32 %1907, %1908
	%1910 = sdiv i32 %1909, 64
	%1911 = sub i32 0, %1910
	%1912 = sdiv i32 %1899, 64
	%1913 = select i1 %1906, i32 %1911, i32 %1912
	%1914 = icmp slt i32 %1905, 0
	%1915 = sub i32 0, %1905
	%1916 = sub i32 64, 1
	%1917 = add i32 %1915, %1916
	%1918 = sdiv i32 %1917, 64
	%1919 = sub i32 0, %1918
	%1920 = sdiv i32 %1905, 64
	%1921 = select i1 %1914, i32 %1919, i32 %1920
	%1922 = icmp slt i32 %1894, %NQ
	br i1 %1922, label %2260, label %2261

1923:
	%1924 = phi i32 [ %0, %1891 ], [ %2259, %2258 ]
	%1925 = phi i32 [ 0, %1891 ], [ %1925, %2258 ]
	%1926 = icmp slt i32 %1924, %15
	br i1 %1926, label %1927, label %2127

1927:
	%1928 = sub i32 %15, 1
	%1929 = add i32 %1924, 0
	%1930 = icmp slt i32 %1929, %15
	%1931 = icmp slt i32 %1929, %1928
	%1932 = select i1 %1931, i32 %1929, i32 %1928
	%1933 = add i32 %1924, 256
	%1934 = icmp slt i32 %1933, %15
	%1935 = icmp slt i32 %1933, %1928
	%1936 = select i1 %1935, i32 %1933, i32 %1928
	%1937 = add i32 %1924, 512
	%1938 = icmp slt i32 %1937, %15
	%1939 = icmp slt i32 %1937, %1928
	%1940 = select i1 %1939, i32 %1937, i32 %1928
	%1941 = add i32 %1924, 768
	%1942 = icmp slt i32 %1941, %15
	%1943 = icmp slt i32 %1941, %1928
	%1944 = select i1 %1943, i32 %1941, i32 %1928
	%1945 = add i32 %1924, 1024
	%1946 = icmp slt i32 %1945, %15
	%1947 = icmp slt i32 %1945, %1928
	%1948 = select i1 %1947, i32 %1945, i32 %1928
	%1949 = add i32 %1924, 1280
	%1950 = icmp slt i32 %1949, %15
	%1951 = icmp slt i32 %1949, %1928
	%1952 = select i1 %1951, i32 %1949, i32 %1928
	%1953 = add i32 %1924, 1536
	%1954 = icmp slt i32 %1953, %15
	%1955 = icmp slt i32 %1953, %1928
	%1956 = select i1 %1955, i32 %1953, i32 %1928
	%1957 = add i32 %1924, 1792
	%1958 = icmp slt i32 %1957, %15
	%1959 = icmp slt i32 %1957, %1928
	%1960 = select i1 %1959, i32 %1957, i32 %1928
	%1961 = sub i32 %NK, 1
	%1962 = icmp slt i32 %1929, %1961
	%1963 = select i1 %1962, i32 %1929, i32 %1961
	%1964 = add i32 %1528, %1963
	%1965 = sext i32 %1964 to i64
	%1966 = getelementptr float, float* %e, i64 %1965
	%1967 = load float, float* %1966
	%1968 = icmp slt i32 %1933, %1961
	%1969 = select i1 %1968, i32 %1933, i32 %1961
	%1970 = add i32 %1528, %1969
	%1971 = sext i32 %1970 to i64
	%1972 = getelementptr float, float* %e, i64 %1971
	%1973 = load float, float* %1972
	%1974 = icmp slt i32 %1937, %1961
	%1975 = select i1 %1974, i32 %1937, i32 %1961
	%1976 = add i32 %1528, %1975
	%1977 = sext i32 %1976 to i64
	%1978 = getelementptr float, float* %e, i64 %1977
	%1979 = load float, float* %1978
	%1980 = icmp slt i32 %1941, %1961
	%1981 = select i1 %1980, i32 %1941, i32 %1961
	%1982 = add i32 %1528, %1981
	%1983 = sext i32 %1982 to i64
	%1984 = getelementptr float, float* %e, i64 %1983
	%1985 = load float, float* %1984
	%1986 = icmp slt i32 %1945, %1961
	%1987 = select i1 %1986, i32 %1945, i32 %1961
	%1988 = add i32 %1528, %1987
	%1989 = sext i32 %1988 to i64
	%1990 = getelementptr float, float* %e, i64 %1989
	%1991 = load float, float* %1990
	%1992 = icmp slt i32 %1949, %1961
	%1993 = select i1 %1992, i32 %1949, i32 %1961
	%1994 = add i32 %1528, %1993
	%1995 = sext i32 %1994 to i64
	%1996 = getelementptr float, float* %e, i64 %1995
	%1997 = load float, float* %1996
	%1998 = icmp slt i32 %1953, %1961
	%1999 = select i1 %1998, i32 %1953, i32 %1961
	%2000 = add i32 %1528, %1999
	%2001 = sext i32 %2000 to i64
	%2002 = getelementptr float, float* %e, i64 %2001
	%2003 = load float, float* %2002
	%2004 = icmp slt i32 %1957, %1961
	%2005 = select i1 %2004, i32 %1957, i32 %1961
	%2006 = add i32 %1528, %2005
	%2007 = sext i32 %2006 to i64
	%2008 = getelementptr float, float* %e, i64 %2007
	%2009 = load float, float* %2008
	%2010 = icmp slt i32 %1929, %NK
	%2011 = fcmp oge float %1967, 0.0
	%2012 = and i1 %2010, %2011
	%2013 = icmp sge i32 %1929, %1544
	%2014 = icmp sle i32 %1929, %1552
	%2015 = and i1 %2013, %2014
	%2016 = or i1 false, %2015
	%2017 = icmp eq i32 %1929, 0
	%2018 = or i1 %2016, %2017
	%2019 = bitcast float %1967 to i32
	%2020 = add i32 %2019, 2
	%2021 = select i1 %2018, i32 1, i32 %2020
	%2022 = select i1 %2012, i32 %2021, i32 0
	%2023 = icmp slt i32 %1933, %NK
	%2024 = fcmp oge float %1973, 0.0
	%2025 = and i1 %2023, %2024
	%2026 = icmp sge i32 %1933, %1544
	%2027 = icmp sle i32 %1933, %1552
	%2028 = and i1 %2026, %2027
	%2029 = or i1 false, %2028
	%2030 = icmp eq i32 %1933, 0
	%2031 = or i1 %2029, %2030
	%2032 = bitcast float %1973 to i32
	%2033 = add i32 %2032, 2
	%2034 = select i1 %2031, i32 1, i32 %2033
	%2035 = select i1 %2025, i32 %2034, i32 0
	%2036 = icmp slt i32 %1937, %NK
	%2037 = fcmp oge float %1979, 0.0
	%2038 = and i1 %2036, %2037
	%2039 = icmp sge i32 %1937, %1544
	%2040 = icmp sle i32 %1937, %1552
	%2041 = and i1 %2039, %2040
	%2042 = or i1 false, %2041
	%2043 = icmp eq i32 %1937, 0
	%2044 = or i1 %2042, %2043
	%2045 = bitcast float %1979 to i32
	%2046 = add i32 %2045, 2
	%2047 = select i1 %2044, i32 1, i32 %2046
	%2048 = select i1 %2038, i32 %2047, i32 0
	%2049 = icmp slt i32 %1941, %NK
	%2050 = fcmp oge float %1985, 0.0
	%2051 = and i1 %2049, %2050
	%2052 = icmp sge i32 %1941, %1544
	%2053 = icmp sle i32 %1941, %1552
	%2054 = and i1 %2052, %2053
	%2055 = or i1 false, %2054
	%2056 = icmp eq i32 %1941, 0
	%2057 = or i1 %2055, %2056
	%2058 = bitcast float %1985 to i32
	%2059 = add i32 %2058, 2
	%2060 = select i1 %2057, i32 1, i32 %2059
	%2061 = select i1 %2051, i32 %2060, i32 0
	%2062 = icmp slt i32 %1945, %NK
	%2063 = fcmp oge float %1991, 0.0
	%2064 = and i1 %2062, %2063
	%2065 = icmp sge i32 %1945, %1544
	%2066 = icmp sle i32 %1945, %1552
	%2067 = and i1 %2065, %2066
	%2068 = or i1 false, %2067
	%2069 = icmp eq i32 %1945, 0
	%2070 = or i1 %2068, %2069
	%2071 = bitcast float %1991 to i32
	%2072 = add i32 %2071, 2
	%2073 = select i1 %2070, i32 1, i32 %2072
	%2074 = select i1 %2064, i32 %2073, i32 0
	%2075 = icmp slt i32 %1949, %NK
	%2076 = fcmp oge float %1997, 0.0
	%2077 = and i1 %2075, %2076
	%2078 = icmp sge i32 %1949, %1544
	%2079 = icmp sle i32 %1949, %1552
	%2080 = and i1 %2078, %2079
	%2081 = or i1 false, %2080
	%2082 = icmp eq i32 %1949, 0
	%2083 = or i1 %2081, %2082
	%2084 = bitcast float %1997 to i32
	%2085 = add i32 %2084, 2
	%2086 = select i1 %2083, i32 1, i32 %2085
	%2087 = select i1 %2077, i32 %2086, i32 0
	%2088 = icmp slt i32 %1953, %NK
	%2089 = fcmp oge float %2003, 0.0
	%2090 = and i1 %2088, %2089
	%2091 = icmp sge i32 %1953, %1544
	%2092 = icmp sle i32 %1953, %1552
	%2093 = and i1 %2091, %2092
	%2094 = or i1 false, %2093
	%2095 = icmp eq i32 %1953, 0
	%2096 = or i1 %2094, %2095
	%2097 = bitcast float %2003 to i32
	%2098 = add i32 %2097, 2
	%2099 = select i1 %2096, i32 1, i32 %2098
	%2100 = select i1 %2090, i32 %2099, i32 0
	%2101 = icmp slt i32 %1957, %NK
	%2102 = fcmp oge float %2009, 0.0
	%2103 = and i1 %2101, %2102
	%2104 = icmp sge i32 %1957, %1544
	%2105 = icmp sle i32 %1957, %1552
	%2106 = and i1 %2104, %2105
	%2107 = or i1 false, %2106
	%2108 = icmp eq i32 %1957, 0
	%2109 = or i1 %2107, %2108
	%2110 = bitcast float %2009 to i32
	%2111 = add i32 %2110, 2
	%2112 = select i1 %2109, i32 1, i32 %2111
	%2113 = select i1 %2103, i32 %2112, i32 0
	%2114 = icmp uge i32 %2022, 2
	%2115 = and i32 %2022, %11
	%2116 = icmp eq i32 %2115, %7
	%2117 = and i1 %2114, %2116
	%2118 = lshr i32 %2022, 8
	%2119 = and i32 %2118, 255
	%2120 = select i1 %2117, i32 %2119, i32 256
	%2121 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2120)
	%2122 = shl i32 1, %3
	%2123 = sub i32 %2122, 1
	%2124 = and i32 %2121, %2123
	%2125 = icmp eq i32 %2124, 0
	%2126 = and i1 %2117, %2125
	br i1 %2126, label %2128, label %2132

2127:
	br label %1892

2128:
	%2129 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2119
	%2130 = call i32 @llvm.ctpop.i32(i32 %2121)
	%2131 = atomicrmw add i32 addrspace(3)* %2129, i32 %2130 monotonic
	br label %2132

2132:
	%2133 = icmp uge i32 %2035, 2
	%2134 = and i32 %2035, %11
	%2135 = icmp eq i32 %2134, %7
	%2136 = and i1 %2133, %2135
	%2137 = lshr i32 %2035, 8
	%2138 = and i32 %2137, 255
	%2139 = select i1 %2136, i32 %2138, i32 256
	%2140 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2139)
	%2141 = shl i32 1, %3
	%2142 = sub i32 %2141, 1
	%2143 = and i32 %2140, %2142
	%2144 = icmp eq i32 %2143, 0
	%2145 = and i1 %2136, %2144
	br i1 %2145, label %2146, label %2150

2146:
	%2147 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2138
	%2148 = call i32 @llvm.ctpop.i32(i32 %2140)
	%2149 = atomicrmw add i32 addrspace(3)* %2147, i32 %2148 monotonic
	br label %2150

2150:
	%2151 = icmp uge i32 %2048, 2
	%2152 = and i32 %2048, %11
	%2153 = icmp eq i32 %2152, %7
	%2154 = and i1 %2151, %2153
	%2155 = lshr i32 %2048, 8
	%2156 = and i32 %2155, 255
	%2157 = select i1 %2154, i32 %2156, i32 256
	%2158 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2157)
	%2159 = shl i32 1, %3
	%2160 = sub i32 %2159, 1
	%2161 = and i32 %2158, %2160
	%2162 = icmp eq i32 %2161, 0
	%2163 = and i1 %2154, %2162
	br i1 %2163, label %2164, label %2168

2164:
	%2165 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2156
	%2166 = call i32 @llvm.ctpop.i32(i32 %2158)
	%2167 = atomicrmw add i32 addrspace(3)* %2165, i32 %2166 monotonic
	br label %2168

2168:
	%2169 = icmp uge i32 %2061, 2
	%2170 = and i32 %2061, %11
	%2171 = icmp eq i32 %2170, %7
	%2172 = and i1 %2169, %2171
	%2173 = lshr i32 %2061, 8
	%2174 = and i32 %2173, 255
	%2175 = select i1 %2172, i32 %2174, i32 256
	%2176 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2175)
	%2177 = shl i32 1, %3
	%2178 = sub i32 %2177, 1
	%2179 = and i32 %2176, %2178
	%2180 = icmp eq i32 %2179, 0
	%2181 = and i1 %2172, %2180
	br i1 %2181, label %2182, label %2186

2182:
	%2183 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2174
	%2184 = call i32 @llvm.ctpop.i32(i32 %2176)
	%2185 = atomicrmw add i32 addrspace(3)* %2183, i32 %2184 monotonic
	br label %2186

2186:
	%2187 = icmp uge i32 %2074, 2
	%2188 = and i32 %2074, %11
	%2189 = icmp eq i32 %2188, %7
	%2190 = and i1 %2187, %2189
	%2191 = lshr i32 %2074, 8
	%2192 = and i32 %2191, 255
	%2193 = select i1 %2190, i32 %2192, i32 256
	%2194 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2193)
	%2195 = shl i32 1, %3
	%2196 = sub i32 %2195, 1
	%2197 = and i32 %2194, %2196
	%2198 = icmp eq i32 %2197, 0
	%2199 = and i1 %2190, %2198
	br i1 %2199, label %2200, label %2204

2200:
	%2201 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2192
	%2202 = call i32 @llvm.ctpop.i32(i32 %2194)
	%2203 = atomicrmw add i32 addrspace(3)* %2201, i32 %2202 monotonic
	br label %2204

2204:
	%2205 = icmp uge i32 %2087, 2
	%2206 = and i32 %2087, %11
	%2207 = icmp eq i32 %2206, %7
	%2208 = and i1 %2205, %2207
	%2209 = lshr i32 %2087, 8
	%2210 = and i32 %2209, 255
	%2211 = select i1 %2208, i32 %2210, i32 256
	%2212 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2211)
	%2213 = shl i32 1, %3
	%2214 = sub i32 %2213, 1
	%2215 = and i32 %2212, %2214
	%2216 = icmp eq i32 %2215, 0
	%2217 = and i1 %2208, %2216
	br i1 %2217, label %2218, label %2222

2218:
	%2219 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2210
	%2220 = call i32 @llvm.ctpop.i32(i32 %2212)
	%2221 = atomicrmw add i32 addrspace(3)* %2219, i32 %2220 monotonic
	br label %2222

2222:
	%2223 = icmp uge i32 %2100, 2
	%2224 = and i32 %2100, %11
	%2225 = icmp eq i32 %2224, %7
	%2226 = and i1 %2223, %2225
	%2227 = lshr i32 %2100, 8
	%2228 = and i32 %2227, 255
	%2229 = select i1 %2226, i32 %2228, i32 256
	%2230 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2229)
	%2231 = shl i32 1, %3
	%2232 = sub i32 %2231, 1
	%2233 = and i32 %2230, %2232
	%2234 = icmp eq i32 %2233, 0
	%2235 = and i1 %2226, %2234
	br i1 %2235, label %2236, label %2240

2236:
	%2237 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2228
	%2238 = call i32 @llvm.ctpop.i32(i32 %2230)
	%2239 = atomicrmw add i32 addrspace(3)* %2237, i32 %2238 monotonic
	br label %2240

2240:
	%2241 = icmp uge i32 %2113, 2
	%2242 = and i32 %2113, %11
	%2243 = icmp eq i32 %2242, %7
	%2244 = and i1 %2241, %2243
	%2245 = lshr i32 %2113, 8
	%2246 = and i32 %2245, 255
	%2247 = select i1 %2244, i32 %2246, i32 256
	%2248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2247)
	%2249 = shl i32 1, %3
	%2250 = sub i32 %2249, 1
	%2251 = and i32 %2248, %2250
	%2252 = icmp eq i32 %2251, 0
	%2253 = and i1 %2244, %2252
	br i1 %2253, label %2254, label %2258

2254:
	%2255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2246
	%2256 = call i32 @llvm.ctpop.i32(i32 %2248)
	%2257 = atomicrmw add i32 addrspace(3)* %2255, i32 %2256 monotonic
	br label %2258

2258:
	%2259 = add i32 %1924, 2048
	br label %1923

2260:
	br label %2292

2261:
	%2262 = mul i32 %1, 8
	%2263 = add i32 %2262, 7
	%2264 = mul i32 %2, %NQ
	%2265 = add i32 %2264, %2263
	%2266 = mul i32 %2265, %NK
	%2267 = mul i32 %2263, 64
	%2268 = add i32 %2267, %off
	%2269 = add i32 %2263, 1
	%2270 = mul i32 %2269, 64
	%2271 = icmp slt i32 %2270, %M
	%2272 = select i1 %2271, i32 %2270, i32 %M
	%2273 = sub i32 %2272, 1
	%2274 = add i32 %2273, %off
	%2275 = icmp slt i32 %2268, 0
	%2276 = sub i32 0, %2268
	%2277 = sub i32 64, 1
	%2278 = add i32 %2276, %2277
	%2279 = sdiv i32 %2278, 64
	%2280 = sub i32 0, %2279
	%2281 = sdiv i32 %2268, 64
	%2282 = select i1 %2275, i32 %2280, i32 %2281
	%2283 = icmp slt i32 %2274, 0
	%2284 = sub i32 0, %2274
	%2285 = sub i32 64, 1
	%2286 = add i32 %2284, %2285
	%2287 = sdiv i32 %2286, 64
	%2288 = sub i32 0, %2287
	%2289 = sdiv i32 %2274, 64
	%2290 = select i1 %2283, i32 %2288, i32 %2289
	%2291 = icmp slt i32 %2263, %NQ
	br i1 %2291, label %2629, label %2630

2292:
	%2293 = phi i32 [ %0, %2260 ], [ %2628, %2627 ]
	%2294 = phi i32 [ 0, %2260 ], [ %2294, %2627 ]
	%2295 = icmp slt i32 %2293, %15
	br i1 %2295, label %2296, label %2496

2296:
	%2297 = sub i32 %15, 1
	%2298 = add i32 %2293, 0
	%2299 = icmp slt i32 %2298, %15
	%2300 = icmp slt i32 %2298, %2297
	%2301 = select i1 %2300, i32 %2298, i32 %2297
	%2302 = add i32 %2293, 256
	%2303 = icmp slt i32 %2302, %15
	%2304 = icmp slt i32 %2302, %2297
	%2305 = select i1 %2304, i32 %2302, i32 %2297
	%2306 = add i32 %2293, 512
	%2307 = icmp slt i32 %2306, %15
	%2308 = icmp slt i32 %2306, %2297
	%2309 = select i1 %2308, i32 %2306, i32 %2297
	%2310 = add i32 %2293, 768
	%2311 = icmp slt i32 %2310, %15
	%2312 = icmp slt i32 %2310, %2297
	%2313 = select i1 %2312, i32 %2310, i32 %2297
	%2314 = add i32 %2293, 1024
	%2315 = icmp slt i32 %2314, %15
	%2316 = icmp slt i32 %2314, %2297
	%2317 = select i1 %2316, i32 %2314, i32 %2297
	%2318 = add i32 %2293, 1280
	%2319 = icmp slt i32 %2318, %15
	%2320 = icmp slt i32 %2318, %2297
	%2321 = select i1 %2320, i32 %2318, i32 %2297
	%2322 = add i32 %2293, 1536
	%2323 = icmp slt i32 %2322, %15
	%2324 = icmp slt i32 %2322, %2297
	%2325 = select i1 %2324, i32 %2322, i32 %2297
	%2326 = add i32 %2293, 1792
	%2327 = icmp slt i32 %2326, %15
	%2328 = icmp slt i32 %2326, %2297
	%2329 = select i1 %2328, i32 %2326, i32 %2297
	%2330 = sub i32 %NK, 1
	%2331 = icmp slt i32 %2298, %2330
	%2332 = select i1 %2331, i32 %2298, i32 %2330
	%2333 = add i32 %1897, %2332
	%2334 = sext i32 %2333 to i64
	%2335 = getelementptr float, float* %e, i64 %2334
	%2336 = load float, float* %2335
	%2337 = icmp slt i32 %2302, %2330
	%2338 = select i1 %2337, i32 %2302, i32 %2330
	%2339 = add i32 %1897, %2338
	%2340 = sext i32 %2339 to i64
	%2341 = getelementptr float, float* %e, i64 %2340
	%2342 = load float, float* %2341
	%2343 = icmp slt i32 %2306, %2330
	%2344 = select i1 %2343, i32 %2306, i32 %2330
	%2345 = add i32 %1897, %2344
	%2346 = sext i32 %2345 to i64
	%2347 = getelementptr float, float* %e, i64 %2346
	%2348 = load float, float* %2347
	%2349 = icmp slt i32 %2310, %2330
	%2350 = select i1 %2349, i32 %2310, i32 %2330
	%2351 = add i32 %1897, %2350
	%2352 = sext i32 %2351 to i64
	%2353 = getelementptr float, float* %e, i64 %2352
	%2354 = load float, float* %2353
	%2355 = icmp slt i32 %2314, %2330
	%2356 = select i1 %2355, i32 %2314, i32 %2330
	%2357 = add i32 %1897, %2356
	%2358 = sext i32 %2357 to i64
	%2359 = getelementptr float, float* %e, i64 %2358
	%2360 = load float, float* %2359
	%2361 = icmp slt i32 %2318, %2330
	%2362 = select i1 %2361, i32 %2318, i32 %2330
	%2363 = add i32 %1897, %2362
	%2364 = sext i32 %2363 to i64
	%2365 = getelementptr float, float* %e, i64 %2364
	%2366 = load float, float* %2365
	%2367 = icmp slt i32 %2322, %2330
	%2368 = select i1 %2367, i32 %2322, i32 %2330
	%2369 = add i32 %1897, %2368
	%2370 = sext i32 %2369 to i64
	%2371 = getelementptr float, float* %e, i64 %2370
	%2372 = load float, float* %2371
	%2373 = icmp slt i32 %2326, %2330
	%2374 = select i1 %2373, i32 %2326, i32 %2330
	%2375 = add i32 %1897, %2374
	%2376 = sext i32 %2375 to i64
	%2377 = getelementptr float, float* %e, i64 %2376
	%2378 = load float, float* %2377
	%2379 = icmp slt i32 %2298, %NK
	%2380 = fcmp oge float %2336, 0.0
	%2381 = and i1 %2379, %2380
	%2382 = icmp sge i32 %2298, %1913
	%2383 = icmp sle i32 %2298, %1921
	%2384 = and i1 %2382, %2383
	%2385 = or i1 false, %2384
	%2386 = icmp eq i32 %2298, 0
	%2387 = or i1 %2385, %2386
	%2388 = bitcast float %2336 to i32
	%2389 = add i32 %2388, 2
	%2390 = select i1 %2387, i32 1, i32 %2389
	%2391 = select i1 %2381, i32 %2390, i32 0
	%2392 = icmp slt i32 %2302, %NK
	%2393 = fcmp oge float %2342, 0.0
	%2394 = and i1 %2392, %2393
	%2395 = icmp sge i32 %2302, %1913
	%2396 = icmp sle i32 %2302, %1921
	%2397 = and i1 %2395, %2396
	%2398 = or i1 false, %2397
	%2399 = icmp eq i32 %2302, 0
	%2400 = or i1 %2398, %2399
	%2401 = bitcast float %2342 to i32
	%2402 = add i32 %2401, 2
	%2403 = select i1 %2400, i32 1, i32 %2402
	%2404 = select i1 %2394, i32 %2403, i32 0
	%2405 = icmp slt i32 %2306, %NK
	%2406 = fcmp oge float %2348, 0.0
	%2407 = and i1 %2405, %2406
	%2408 = icmp sge i32 %2306, %1913
	%2409 = icmp sle i32 %2306, %1921
	%2410 = and i1 %2408, %2409
	%2411 = or i1 false, %2410
	%2412 = icmp eq i32 %2306, 0
	%2413 = or i1 %2411, %2412
	%2414 = bitcast float %2348 to i32
	%2415 = add i32 %2414, 2
	%2416 = select i1 %2413, i32 1, i32 %2415
	%2417 = select i1 %2407, i32 %2416, i32 0
	%2418 = icmp slt i32 %2310, %NK
	%2419 = fcmp oge float %2354, 0.0
	%2420 = and i1 %2418, %2419
	%2421 = icmp sge i32 %2310, %1913
	%2422 = icmp sle i32 %2310, %1921
	%2423 = and i1 %2421, %2422
	%2424 = or i1 false, %2423
	%2425 = icmp eq i32 %2310, 0
	%2426 = or i1 %2424, %2425
	%2427 = bitcast float %2354 to i32
	%2428 = add i32 %2427, 2
	%2429 = select i1 %2426, i32 1, i32 %2428
	%2430 = select i1 %2420, i32 %2429, i32 0
	%2431 = icmp slt i32 %2314, %NK
	%2432 = fcmp oge float %2360, 0.0
	%2433 = and i1 %2431, %2432
	%2434 = icmp sge i32 %2314, %1913
	%2435 = icmp sle i32 %2314, %1921
	%2436 = and i1 %2434, %2435
	%2437 = or i1 false, %2436
	%2438 = icmp eq i32 %2314, 0
	%2439 = or i1 %2437, %2438
	%2440 = bitcast float %2360 to i32
	%2441 = add i32 %2440, 2
	%2442 = select i1 %2439, i32 1, i32 %2441
	%2443 = select i1 %2433, i32 %2442, i32 0
	%2444 = icmp slt i32 %2318, %NK
	%2445 = fcmp oge float %2366, 0.0
	%2446 = and i1 %2444, %2445
	%2447 = icmp sge i32 %2318, %1913
	%2448 = icmp sle i32 %2318, %1921
	%2449 = and i1 %2447, %2448
	%2450 = or i1 false, %2449
	%2451 = icmp eq i32 %2318, 0
	%2452 = or i1 %2450, %2451
	%2453 = bitcast float %2366 to i32
	%2454 = add i32 %2453, 2
	%2455 = select i1 %2452, i32 1, i32 %2454
	%2456 = select i1 %2446, i32 %2455, i32 0
	%2457 = icmp slt i32 %2322, %NK
	%2458 = fcmp oge float %2372, 0.0
	%2459 = and i1 %2457, %2458
	%2460 = icmp sge i32 %2322, %1913
	%2461 = icmp sle i32 %2322, %1921
	%2462 = and i1 %2460, %2461
	%2463 = or i1 false, %2462
	%2464 = icmp eq i32 %2322, 0
	%2465 = or i1 %2463, %2464
	%2466 = bitcast float %2372 to i32
	%2467 = add i32 %2466, 2
	%2468 = select i1 %2465, i32 1, i32 %2467
	%2469 = select i1 %2459, i32 %2468, i32 0
	%2470 = icmp slt i32 %2326, %NK
	%2471 = fcmp oge float %2378, 0.0
	%2472 = and i1 %2470, %2471
	%2473 = icmp sge i32 %2326, %1913
	%2474 = icmp sle i32 %2326, %1921
	%2475 = and i1 %2473, %2474
	%2476 = or i1 false, %2475
	%2477 = icmp eq i32 %2326, 0
	%2478 = or i1 %2476, %2477
	%2479 = bitcast float %2378 to i32
	%2480 = add i32 %2479, 2
	%2481 = select i1 %2478, i32 1, i32 %2480
	%2482 = select i1 %2472, i32 %2481, i32 0
	%2483 = icmp uge i32 %2391, 2
	%2484 = and i32 %2391, %11
	%2485 = icmp eq i32 %2484, %7
	%2486 = and i1 %2483, %2485
	%2487 = lshr i32 %2391, 8
	%2488 = and i32 %2487, 255
	%2489 = select i1 %2486, i32 %2488, i32 256
	%2490 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2489)
	%2491 = shl i32 1, %3
	%2492 = sub i32 %2491, 1
	%2493 = and i32 %2490, %2492
	%2494 = icmp eq i32 %2493, 0
	%2495 = and i1 %2486, %2494
	br i1 %2495, label %2497, label %2501

2496:
	br label %2261

2497:
	%2498 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2488
	%2499 = call i32 @llvm.ctpop.i32(i32 %2490)
	%2500 = atomicrmw add i32 addrspace(3)* %2498, i32 %2499 monotonic
	br label %2501

2501:
	%2502 = icmp uge i32 %2404, 2
	%2503 = and i32 %2404, %11
	%2504 = icmp eq i32 %2503, %7
	%2505 = and i1 %2502, %2504
	%2506 = lshr i32 %2404, 8
	%2507 = and i32 %2506, 255
	%2508 = select i1 %2505, i32 %2507, i32 256
	%2509 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2508)
	%2510 = shl i32 1, %3
	%2511 = sub i32 %2510, 1
	%2512 = and i32 %2509, %2511
	%2513 = icmp eq i32 %2512, 0
	%2514 = and i1 %2505, %2513
	br i1 %2514, label %2515, label %2519

2515:
	%2516 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2507
	%2517 = call i32 @llvm.ctpop.i32(i32 %2509)
	%2518 = atomicrmw add i32 addrspace(3)* %2516, i32 %2517 monotonic
	br label %2519

2519:
	%2520 = icmp uge i32 %2417, 2
	%2521 = and i32 %2417, %11
	%2522 = icmp eq i32 %2521, %7
	%2523 = and i1 %2520, %2522
	%2524 = lshr i32 %2417, 8
	%2525 = and i32 %2524, 255
	%2526 = select i1 %2523, i32 %2525, i32 256
	%2527 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2526)
	%2528 = shl i32 1, %3
	%2529 = sub i32 %2528, 1
	%2530 = and i32 %2527, %2529
	%2531 = icmp eq i32 %2530, 0
	%2532 = and i1 %2523, %2531
	br i1 %2532, label %2533, label %2537

2533:
	%2534 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2525
	%2535 = call i32 @llvm.ctpop.i32(i32 %2527)
	%2536 = atomicrmw add i32 addrspace(3)* %2534, i32 %2535 monotonic
	br label %2537

2537:
	%2538 = icmp uge i32 %2430, 2
	%2539 = and i32 %2430, %11
	%2540 = icmp eq i32 %2539, %7
	%2541 = and i1 %2538, %2540
	%2542 = lshr i32 %2430, 8
	%2543 = and i32 %2542, 255
	%2544 = select i1 %2541, i32 %2543, i32 256
	%2545 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2544)
	%2546 = shl i32 1, %3
	%2547 = sub i32 %2546, 1
	%2548 = and i32 %2545, %2547
	%2549 = icmp eq i32 %2548, 0
	%2550 = and i1 %2541, %2549
	br i1 %2550, label %2551, label %2555

2551:
	%2552 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2543
	%2553 = call i32 @llvm.ctpop.i32(i32 %2545)
	%2554 = atomicrmw add i32 addrspace(3)* %2552, i32 %2553 monotonic
	br label %2555

2555:
	%2556 = icmp uge i32 %2443, 2
	%2557 = and i32 %2443, %11
	%2558 = icmp eq i32 %2557, %7
	%2559 = and i1 %2556, %2558
	%2560 = lshr i32 %2443, 8
	%2561 = and i32 %2560, 255
	%2562 = select i1 %2559, i32 %2561, i32 256
	%2563 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2562)
	%2564 = shl i32 1, %3
	%2565 = sub i32 %2564, 1
	%2566 = and i32 %2563, %2565
	%2567 = icmp eq i32 %2566, 0
	%2568 = and i1 %2559, %2567
	br i1 %2568, label %2569, label %2573

2569:
	%2570 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2561
	%2571 = call i32 @llvm.ctpop.i32(i32 %2563)
	%2572 = atomicrmw add i32 addrspace(3)* %2570, i32 %2571 monotonic
	br label %2573

2573:
	%2574 = icmp uge i32 %2456, 2
	%2575 = and i32 %2456, %11
	%2576 = icmp eq i32 %2575, %7
	%2577 = and i1 %2574, %2576
	%2578 = lshr i32 %2456, 8
	%2579 = and i32 %2578, 255
	%2580 = select i1 %2577, i32 %2579, i32 256
	%2581 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2580)
	%2582 = shl i32 1, %3
	%2583 = sub i32 %2582, 1
	%2584 = and i32 %2581, %2583
	%2585 = icmp eq i32 %2584, 0
	%2586 = and i1 %2577, %2585
	br i1 %2586, label %2587, label %2591

2587:
	%2588 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2579
	%2589 = call i32 @llvm.ctpop.i32(i32 %2581)
	%2590 = atomicrmw add i32 addrspace(3)* %2588, i32 %2589 monotonic
	br label %2591

2591:
	%2592 = icmp uge i32 %2469, 2
	%2593 = and i32 %2469, %11
	%2594 = icmp eq i32 %2593, %7
	%2595 = and i1 %2592, %2594
	%2596 = lshr i32 %2469, 8
	%2597 = and i32 %2596, 255
	%2598 = select i1 %2595, i32 %2597, i32 256
	%2599 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2598)
	%2600 = shl i32 1, %3
	%2601 = sub i32 %2600, 1
	%2602 = and i32 %2599, %2601
	%2603 = icmp eq i32 %2602, 0
	%2604 = and i1 %2595, %2603
	br i1 %2604, label %2605, label %2609

2605:
	%2606 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2597
	%2607 = call i32 @llvm.ctpop.i32(i32 %2599)
	%2608 = atomicrmw add i32 addrspace(3)* %2606, i32 %2607 monotonic
	br label %2609

2609:
	%2610 = icmp uge i32 %2482, 2
	%2611 = and i32 %2482, %11
	%2612 = icmp eq i32 %2611, %7
	%2613 = and i1 %2610, %2612
	%2614 = lshr i32 %2482, 8
	%2615 = and i32 %2614, 255
	%2616 = select i1 %2613, i32 %2615, i32 256
	%2617 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2616)
	%2618 = shl i32 1, %3
	%2619 = sub i32 %2618, 1
	%2620 = and i32 %2617, %2619
	%2621 = icmp eq i32 %2620, 0
	%2622 = and i1 %2613, %2621
	br i1 %2622, label %2623, label %2627

2623:
	%2624 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2615
	%2625 = call i32 @llvm.ctpop.i32(i32 %2617)
	%2626 = atomicrmw add i32 addrspace(3)* %2624, i32 %2625 monotonic
	br label %2627

2627:
	%2628 = add i32 %2293, 2048
	br label %2292

2629:
	br label %2634

2630:
	call void @llvm.nvvm.barrier0()
	%2631 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %0
	%2632 = load i32, i32 addrspace(3)* %2631
	%2633 = icmp ne i32 %2632, 0
	br i1 %2633, label %2971, label %2977

2634:
	%2635 = phi i32 [ %0, %2629 ], [ %2970, %2969 ]
	%2636 = phi i32 [ 0, %2629 ], [ %2636, %2969 ]
	%2637 = icmp slt i32 %2635, %15
	br i1 %2637, label %2638, label %2838

2638:
	%2639 = sub i32 %15, 1
	%2640 = add i32 %2635, 0
	%2641 = icmp slt i32 %2640, %15
	%2642 = icmp slt i32 %2640, %2639
	%2643 = select i1 %2642, i32 %2640, i32 %2639
	%2644 = add i32 %2635, 256
	%2645 = icmp slt i32 %2644, %15
	%2646 = icmp slt i32 %2644, %2639
	%2647 = select i1 %2646, i32 %2644, i32 %2639
	%2648 = add i32 %2635, 512
	%2649 = icmp slt i32 %2648, %15
	%2650 = icmp slt i32 %2648, %2639
	%2651 = select i1 %2650, i32 %2648, i32 %2639
	%2652 = add i32 %2635, 768
	%2653 = icmp slt i32 %2652, %15
	%2654 = icmp slt i32 %2652, %2639
	%2655 = select i1 %2654, i32 %2652, i32 %2639
	%2656 = add i32 %2635, 1024
	%2657 = icmp slt i32 %2656, %15
	%2658 = icmp slt i32 %2656, %2639
	%2659 = select i1 %2658, i32 %2656, i32 %2639
	%2660 = add i32 %2635, 1280
	%2661 = icmp slt i32 %2660, %15
	%2662 = icmp slt i32 %2660, %2639
	%2663 = select i1 %2662, i32 %2660, i32 %2639
	%2664 = add i32 %2635, 1536
	%2665 = icmp slt i32 %2664, %15
	%2666 = icmp slt i32 %2664, %2639
	%2667 = select i1 %2666, i32 %2664, i32 %2639
	%2668 = add i32 %2635, 1792
	%2669 = icmp slt i32 %2668, %15
	%2670 = icmp slt i32 %2668, %2639
	%2671 = select i1 %2670, i32 %2668, i32 %2639
	%2672 = sub i32 %NK, 1
	%2673 = icmp slt i32 %2640, %2672
	%2674 = select i1 %2673, i32 %2640, i32 %2672
	%2675 = add i32 %2266, %2674
	%2676 = sext i32 %2675 to i64
	%2677 = getelementptr float, float* %e, i64 %2676
	%2678 = load float, float* %2677
	%2679 = icmp slt i32 %2644, %2672
	%2680 = select i1 %2679, i32 %2644, i32 %2672
	%2681 = add i32 %2266, %2680
	%2682 = sext i32 %2681 to i64
	%2683 = getelementptr float, float* %e, i64 %2682
	%2684 = load float, float* %2683
	%2685 = icmp slt i32 %2648, %2672
	%2686 = select i1 %2685, i32 %2648, i32 %2672
	%2687 = add i32 %2266, %2686
	%2688 = sext i32 %2687 to i64
	%2689 = getelementptr float, float* %e, i64 %2688
	%2690 = load float, float* %2689
	%2691 = icmp slt i32 %2652, %2672
	%2692 = select i1 %2691, i32 %2652, i32 %2672
	%2693 = add i32 %2266, %2692
	%2694 = sext i32 %2693 to i64
	%2695 = getelementptr float, float* %e, i64 %2694
	%2696 = load float, float* %2695
	%2697 = icmp slt i32 %2656, %2672
	%2698 = select i1 %2697, i32 %2656, i32 %2672
	%2699 = add i32 %2266, %2698
	%2700 = sext i32 %2699 to i64
	%2701 = getelementptr float, float* %e, i64 %2700
	%2702 = load float, float* %2701
	%2703 = icmp slt i32 %2660, %2672
	%2704 = select i1 %2703, i32 %2660, i32 %2672
	%2705 = add i32 %2266, %2704
	%2706 = sext i32 %2705 to i64
	%2707 = getelementptr float, float* %e, i64 %2706
	%2708 = load float, float* %2707
	%2709 = icmp slt i32 %2664, %2672
	%2710 = select i1 %2709, i32 %2664, i32 %2672
	%2711 = add i32 %2266, %2710
	%2712 = sext i32 %2711 to i64
	%2713 = getelementptr float, float* %e, i64 %2712
	%2714 = load float, float* %2713
	%2715 = icmp slt i32 %2668, %2672
	%2716 = select i1 %2715, i32 %2668, i32 %2672
	%2717 = add i32 %2266, %2716
	%2718 = sext i32 %2717 to i64
	%2719 = getelementptr float, float* %e, i64 %2718
	%2720 = load float, float* %2719
	%2721 = icmp slt i32 %2640, %NK
	%2722 = fcmp oge float %2678, 0.0
	%2723 = and i1 %2721, %2722
	%2724 = icmp sge i32 %2640, %2282
	%2725 = icmp sle i32 %2640, %2290
	%2726 = and i1 %2724, %2725
	%2727 = or i1 false, %2726
	%2728 = icmp eq i32 %2640, 0
	%2729 = or i1 %2727, %2728
	%2730 = bitcast float %2678 to i32
	%2731 = add i32 %2730, 2
	%2732 = select i1 %2729, i32 1, i32 %2731
	%2733 = select i1 %2723, i32 %2732, i32 0
	%2734 = icmp slt i32 %2644, %NK
	%2735 = fcmp oge float %2684, 0.0
	%2736 = and i1 %2734, %2735
	%2737 = icmp sge i32 %2644, %2282
	%2738 = icmp sle i32 %2644, %2290
	%2739 = and i1 %2737, %2738
	%2740 = or i1 false, %2739
	%2741 = icmp eq i32 %2644, 0
	%2742 = or i1 %2740, %2741
	%2743 = bitcast float %2684 to i32
	%2744 = add i32 %2743, 2
	%2745 = select i1 %2742, i32 1, i32 %2744
	%2746 = select i1 %2736, i32 %2745, i32 0
	%2747 = icmp slt i32 %2648, %NK
	%2748 = fcmp oge float %2690, 0.0
	%2749 = and i1 %2747, %2748
	%2750 = icmp sge i32 %2648, %2282
	%2751 = icmp sle i32 %2648, %2290
	%2752 = and i1 %2750, %2751
	%2753 = or i1 false, %2752
	%2754 = icmp eq i32 %2648, 0
	%2755 = or i1 %2753, %2754
	%2756 = bitcast float %2690 to i32
	%2757 = add i32 %2756, 2
	%2758 = select i1 %2755, i32 1, i32 %2757
	%2759 = select i1 %2749, i32 %2758, i32 0
	%2760 = icmp slt i32 %2652, %NK
	%2761 = fcmp oge float %2696, 0.0
	%2762 = and i1 %2760, %2761
	%2763 = icmp sge i32 %2652, %2282
	%2764 = icmp sle i32 %2652, %2290
	%2765 = and i1 %2763, %2764
	%2766 = or i1 false, %2765
	%2767 = icmp eq i32 %2652, 0
	%2768 = or i1 %2766, %2767
	%2769 = bitcast float %2696 to i32
	%2770 = add i32 %2769, 2
	%2771 = select i1 %2768, i32 1, i32 %2770
	%2772 = select i1 %2762, i32 %2771, i32 0
	%2773 = icmp slt i32 %2656, %NK
	%2774 = fcmp oge float %2702, 0.0
	%2775 = and i1 %2773, %2774
	%2776 = icmp sge i32 %2656, %2282
	%2777 = icmp sle i32 %2656, %2290
	%2778 = and i1 %2776, %2777
	%2779 = or i1 false, %2778
	%2780 = icmp eq i32 %2656, 0
	%2781 = or i1 %2779, %2780
	%2782 = bitcast float %2702 to i32
	%2783 = add i32 %2782, 2
	%2784 = select i1 %2781, i32 1, i32 %2783
	%2785 = select i1 %2775, i32 %2784, i32 0
	%2786 = icmp slt i32 %2660, %NK
	%2787 = fcmp oge float %2708, 0.0
	%2788 = and i1 %2786, %2787
	%2789 = icmp sge i32 %2660, %2282
	%2790 = icmp sle i32 %2660, %2290
	%2791 = and i1 %2789, %2790
	%2792 = or i1 false, %2791
	%2793 = icmp eq i32 %2660, 0
	%2794 = or i1 %2792, %2793
	%2795 = bitcast float %2708 to i32
	%2796 = add i32 %2795, 2
	%2797 = select i1 %2794, i32 1, i32 %2796
	%2798 = select i1 %2788, i32 %2797, i32 0
	%2799 = icmp slt i32 %2664, %NK
	%2800 = fcmp oge float %2714, 0.0
	%2801 = and i1 %2799, %2800
	%2802 = icmp sge i32 %2664, %2282
	%2803 = icmp sle i32 %2664, %2290
	%2804 = and i1 %2802, %2803
	%2805 = or i1 false, %2804
	%2806 = icmp eq i32 %2664, 0
	%2807 = or i1 %2805, %2806
	%2808 = bitcast float %2714 to i32
	%2809 = add i32 %2808, 2
	%2810 = select i1 %2807, i32 1, i32 %2809
	%2811 = select i1 %2801, i32 %2810, i32 0
	%2812 = icmp slt i32 %2668, %NK
	%2813 = fcmp oge float %2720, 0.0
	%2814 = and i1 %2812, %2813
	%2815 = icmp sge i32 %2668, %2282
	%2816 = icmp sle i32 %2668, %2290
	%2817 = and i1 %2815, %2816
	%2818 = or i1 false, %2817
	%2819 = icmp eq i32 %2668, 0
	%2820 = or i1 %2818, %2819
	%2821 = bitcast float %2720 to i32
	%2822 = add i32 %2821, 2
	%2823 = select i1 %2820, i32 1, i32 %2822
	%2824 = select i1 %2814, i32 %2823, i32 0
	%2825 = icmp uge i32 %2733, 2
	%2826 = and i32 %2733, %11
	%2827 = icmp eq i32 %2826, %7
	%2828 = and i1 %2825, %2827
	%2829 = lshr i32 %2733, 8
	%2830 = and i32 %2829, 255
	%2831 = select i1 %2828, i32 %2830, i32 256
	%2832 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2831)
	%2833 = shl i32 1, %3
	%2834 = sub i32 %2833, 1
	%2835 = and i32 %2832, %2834
	%2836 = icmp eq i32 %2835, 0
	%2837 = and i1 %2828, %2836
	br i1 %2837, label %2839, label %2843

2838:
	br label %2630

2839:
	%2840 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2830
	%2841 = call i32 @llvm.ctpop.i32(i32 %2832)
	%2842 = atomicrmw add i32 addrspace(3)* %2840, i32 %2841 monotonic
	br label %2843

2843:
	%2844 = icmp uge i32 %2746, 2
	%2845 = and i32 %2746, %11
	%2846 = icmp eq i32 %2845, %7
	%2847 = and i1 %2844, %2846
	%2848 = lshr i32 %2746, 8
	%2849 = and i32 %2848, 255
	%2850 = select i1 %2847, i32 %2849, i32 256
	%2851 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2850)
	%2852 = shl i32 1, %3
	%2853 = sub i32 %2852, 1
	%2854 = and i32 %2851, %2853
	%2855 = icmp eq i32 %2854, 0
	%2856 = and i1 %2847, %2855
	br i1 %2856, label %2857, label %2861

2857:
	%2858 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2849
	%2859 = call i32 @llvm.ctpop.i32(i32 %2851)
	%2860 = atomicrmw add i32 addrspace(3)* %2858, i32 %2859 monotonic
	br label %2861

2861:
	%2862 = icmp uge i32 %2759, 2
	%2863 = and i32 %2759, %11
	%2864 = icmp eq i32 %2863, %7
	%2865 = and i1 %2862, %2864
	%2866 = lshr i32 %2759, 8
	%2867 = and i32 %2866, 255
	%2868 = select i1 %2865, i32 %2867, i32 256
	%2869 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2868)
	%2870 = shl i32 1, %3
	%2871 = sub i32 %2870, 1
	%2872 = and i32 %2869, %2871
	%2873 = icmp eq i32 %2872, 0
	%2874 = and i1 %2865, %2873
	br i1 %2874, label %2875, label %2879

2875:
	%2876 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2867
	%2877 = call i32 @llvm.ctpop.i32(i32 %2869)
	%2878 = atomicrmw add i32 addrspace(3)* %2876, i32 %2877 monotonic
	br label %2879

2879:
	%2880 = icmp uge i32 %2772, 2
	%2881 = and i32 %2772, %11
	%2882 = icmp eq i32 %2881, %7
	%2883 = and i1 %2880, %2882
	%2884 = lshr i32 %2772, 8
	%2885 = and i32 %2884, 255
	%2886 = select i1 %2883, i32 %2885, i32 256
	%2887 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2886)
	%2888 = shl i32 1, %3
	%2889 = sub i32 %2888, 1
	%2890 = and i32 %2887, %2889
	%2891 = icmp eq i32 %2890, 0
	%2892 = and i1 %2883, %2891
	br i1 %2892, label %2893, label %2897

2893:
	%2894 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2885
	%2895 = call i32 @llvm.ctpop.i32(i32 %2887)
	%2896 = atomicrmw add i32 addrspace(3)* %2894, i32 %2895 monotonic
	br label %2897

2897:
	%2898 = icmp uge i32 %2785, 2
	%2899 = and i32 %2785, %11
	%2900 = icmp eq i32 %2899, %7
	%2901 = and i1 %2898, %2900
	%2902 = lshr i32 %2785, 8
	%2903 = and i32 %2902, 255
	%2904 = select i1 %2901, i32 %2903, i32 256
	%2905 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2904)
	%2906 = shl i32 1, %3
	%2907 = sub i32 %2906, 1
	%2908 = and i32 %2905, %2907
	%2909 = icmp eq i32 %2908, 0
	%2910 = and i1 %2901, %2909
	br i1 %2910, label %2911, label %2915

2911:
	%2912 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2903
	%2913 = call i32 @llvm.ctpop.i32(i32 %2905)
	%2914 = atomicrmw add i32 addrspace(3)* %2912, i32 %2913 monotonic
	br label %2915

2915:
	%2916 = icmp uge i32 %2798, 2
	%2917 = and i32 %2798, %11
	%2918 = icmp eq i32 %2917, %7
	%2919 = and i1 %2916, %2918
	%2920 = lshr i32 %2798, 8
	%2921 = and i32 %2920, 255
	%2922 = select i1 %2919, i32 %2921, i32 256
	%2923 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2922)
	%2924 = shl i32 1, %3
	%2925 = sub i32 %2924, 1
	%2926 = and i32 %2923, %2925
	%2927 = icmp eq i32 %2926, 0
	%2928 = and i1 %2919, %2927
	br i1 %2928, label %2929, label %2933

2929:
	%2930 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2921
	%2931 = call i32 @llvm.ctpop.i32(i32 %2923)
	%2932 = atomicrmw add i32 addrspace(3)* %2930, i32 %2931 monotonic
	br label %2933

2933:
	%2934 = icmp uge i32 %2811, 2
	%2935 = and i32 %2811, %11
	%2936 = icmp eq i32 %2935, %7
	%2937 = and i1 %2934, %2936
	%2938 = lshr i32 %2811, 8
	%2939 = and i32 %2938, 255
	%2940 = select i1 %2937, i32 %2939, i32 256
	%2941 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2940)
	%2942 = shl i32 1, %3
	%2943 = sub i32 %2942, 1
	%2944 = and i32 %2941, %2943
	%2945 = icmp eq i32 %2944, 0
	%2946 = and i1 %2937, %2945
	br i1 %2946, label %2947, label %2951

2947:
	%2948 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2939
	%2949 = call i32 @llvm.ctpop.i32(i32 %2941)
	%2950 = atomicrmw add i32 addrspace(3)* %2948, i32 %2949 monotonic
	br label %2951

2951:
	%2952 = icmp uge i32 %2824, 2
	%2953 = and i32 %2824, %11
	%2954 = icmp eq i32 %2953, %7
	%2955 = and i1 %2952, %2954
	%2956 = lshr i32 %2824, 8
	%2957 = and i32 %2956, 255
	%2958 = select i1 %2955, i32 %2957, i32 256
	%2959 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2958)
	%2960 = shl i32 1, %3
	%2961 = sub i32 %2960, 1
	%2962 = and i32 %2959, %2961
	%2963 = icmp eq i32 %2962, 0
	%2964 = and i1 %2955, %2963
	br i1 %2964, label %2965, label %2969

2965:
	%2966 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist8_hist, i32 0, i32 %2957
	%2967 = call i32 @llvm.ctpop.i32(i32 %2959)
	%2968 = atomicrmw add i32 addrspace(3)* %2966, i32 %2967 monotonic
	br label %2969

2969:
	%2970 = add i32 %2635, 2048
	br label %2634

2971:
	%2972 = mul i32 0, 256
	%2973 = add i32 %2972, %0
	%2974 = sext i32 %2973 to i64
	%2975 = getelementptr i32, i32* %hist, i64 %2974
	%2976 = atomicrmw add i32* %2975, i32 %2632 monotonic
	br label %2977

2977:
	ret void
}

define ptx_kernel void @best_select1_pick8(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick8_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 8
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, u0xFF00
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_hist0(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %0
	store i32 0, i32 addrspace(3)* %12
	call void @llvm.nvvm.barrier0()
	%13 = add i32 %NK, 255
	%14 = sdiv i32 %13, 256
	%15 = mul i32 %14, 256
	%16 = mul i32 %1, 8
	%17 = add i32 %16, 0
	%18 = mul i32 %2, %NQ
	%19 = add i32 %18, %17
	%20 = mul i32 %19, %NK
	%21 = mul i32 %17, 64
	%22 = add i32 %21, %off
	%23 = add i32 %17, 1
	%24 = mul i32 %23, 64
	%25 = icmp slt i32 %24, %M
	%26 = select i1 %25, i32 %24, i32 %M
	%27 = sub i32 %26, 1
	%28 = add i32 %27, %off
	%29 = icmp slt i32 %22, 0
	%30 = sub i32 0, %22
	%31 = sub i32 64, 1
	%32 = add i32 %30, %31
	%33 = sdiv i32 %32, 64
	%34 = sub i32 0, %33
	%35 = sdiv i32 %22, 64
	%36 = select i1 %29, i32 %34, i32 %35
	%37 = icmp slt i32 %28, 0
	%38 = sub i32 0, %28
	%39 = sub i32 64, 1
	%40 = add i32 %38, %39
	%41 = sdiv i32 %40, 64
	%42 = sub i32 0, %41
	%43 = sdiv i32 %28, 64
	%44 = select i1 %37, i32 %42, i32 %43
	%45 = icmp slt i32 %17, %NQ
	br i1 %45, label %46, label %47

46:
	br label %78

47:
	%48 = mul i32 %1, 8
	%49 = add i32 %48, 1
	%50 = mul i32 %2, %NQ
	%51 = add i32 %50, %49
	%52 = mul i32 %51, %NK
	%53 = mul i32 %49, 64
	%54 = add i32 %53, %off
	%55 = add i32 %49, 1
	%56 = mul i32 %55, 64
	%57 = icmp slt i32 %56, %M
	%58 = select i1 %57, i32 %56, i32 %M
	%59 = sub i32 %58, 1
	%60 = add i32 %59, %off
	%61 = icmp slt i32 %54, 0
	%62 = sub i32 0, %54
	%63 = sub i32 64, 1
	%64 = add i32 %62, %63
	%65 = sdiv i32 %64, 64
	%66 = sub i32 0, %65
	%67 = sdiv i32 %54, 64
	%68 = select i1 %61, i32 %66, i32 %67
	%69 = icmp slt i32 %60, 0
	%70 = sub i32 0, %60
	%71 = sub i32 64, 1
	%72 = add i32 %70, %71
	%73 = sdiv i32 %72, 64
	%74 = sub i32 0, %73
	%75 = sdiv i32 %60, 64
	%76 = select i1 %69, i32 %74, i32 %75
	%77 = icmp slt i32 %49, %NQ
	br i1 %77, label %415, label %416

78:
	%79 = phi i32 [ %0, %46 ], [ %414, %413 ]
	%80 = phi i32 [ 0, %46 ], [ %80, %413 ]
	%81 = icmp slt i32 %79, %15
	br i1 %81, label %82, label %282

82:
	%83 = sub i32 %15, 1
	%84 = add i32 %79, 0
	%85 = icmp slt i32 %84, %15
	%86 = icmp slt i32 %84, %83
	%87 = select i1 %86, i32 %84, i32 %83
	%88 = add i32 %79, 256
	%89 = icmp slt i32 %88, %15
	%90 = icmp slt i32 %88, %83
	%91 = select i1 %90, i32 %88, i32 %83
	%92 = add i32 %79, 512
	%93 = icmp slt i32 %92, %15
	%94 = icmp slt i32 %92, %83
	%95 = select i1 %94, i32 %92, i32 %83
	%96 = add i32 %79, 768
	%97 = icmp slt i32 %96, %15
	%98 = icmp slt i32 %96, %83
	%99 = select i1 %98, i32 %96, i32 %83
	%100 = add i32 %79, 1024
	%101 = icmp slt i32 %100, %15
	%102 = icmp slt i32 %100, %83
	%103 = select i1 %102, i32 %100, i32 %83
	%104 = add i32 %79, 1280
	%105 = icmp slt i32 %104, %15
	%106 = icmp slt i32 %104, %83
	%107 = select i1 %106, i32 %104, i32 %83
	%108 = add i32 %79, 1536
	%109 = icmp slt i32 %108, %15
	%110 = icmp slt i32 %108, %83
	%111 = select i1 %110, i32 %108, i32 %83
	%112 = add i32 %79, 1792
	%113 = icmp slt i32 %112, %15
	%114 = icmp slt i32 %112, %83
	%115 = select i1 %114, i32 %112, i32 %83
	%116 = sub i32 %NK, 1
	%117 = icmp slt i32 %84, %116
	%118 = select i1 %117, i32 %84, i32 %116
	%119 = add i32 %20, %118
	%120 = sext i32 %119 to i64
	%121 = getelementptr float, float* %e, i64 %120
	%122 = load float, float* %121
	%123 = icmp slt i32 %88, %116
	%124 = select i1 %123, i32 %88, i32 %116
	%125 = add i32 %20, %124
	%126 = sext i32 %125 to i64
	%127 = getelementptr float, float* %e, i64 %126
	%128 = load float, float* %127
	%129 = icmp slt i32 %92, %116
	%130 = select i1 %129, i32 %92, i32 %116
	%131 = add i32 %20, %130
	%132 = sext i32 %131 to i64
	%133 = getelementptr float, float* %e, i64 %132
	%134 = load float, float* %133
	%135 = icmp slt i32 %96, %116
	%136 = select i1 %135, i32 %96, i32 %116
	%137 = add i32 %20, %136
	%138 = sext i32 %137 to i64
	%139 = getelementptr float, float* %e, i64 %138
	%140 = load float, float* %139
	%141 = icmp slt i32 %100, %116
	%142 = select i1 %141, i32 %100, i32 %116
	%143 = add i32 %20, %142
	%144 = sext i32 %143 to i64
	%145 = getelementptr float, float* %e, i64 %144
	%146 = load float, float* %145
	%147 = icmp slt i32 %104, %116
	%148 = select i1 %147, i32 %104, i32 %116
	%149 = add i32 %20, %148
	%150 = sext i32 %149 to i64
	%151 = getelementptr float, float* %e, i64 %150
	%152 = load float, float* %151
	%153 = icmp slt i32 %108, %116
	%154 = select i1 %153, i32 %108, i32 %116
	%155 = add i32 %20, %154
	%156 = sext i32 %155 to i64
	%157 = getelementptr float, float* %e, i64 %156
	%158 = load float, float* %157
	%159 = icmp slt i32 %112, %116
	%160 = select i1 %159, i32 %112, i32 %116
	%161 = add i32 %20, %160
	%162 = sext i32 %161 to i64
	%163 = getelementptr float, float* %e, i64 %162
	%164 = load float, float* %163
	%165 = icmp slt i32 %84, %NK
	%166 = fcmp oge float %122, 0.0
	%167 = and i1 %165, %166
	%168 = icmp sge i32 %84, %36
	%169 = icmp sle i32 %84, %44
	%170 = and i1 %168, %169
	%171 = or i1 false, %170
	%172 = icmp eq i32 %84, 0
	%173 = or i1 %171, %172
	%174 = bitcast float %122 to i32
	%175 = add i32 %174, 2
	%176 = select i1 %173, i32 1, i32 %175
	%177 = select i1 %167, i32 %176, i32 0
	%178 = icmp slt i32 %88, %NK
	%179 = fcmp oge float %128, 0.0
	%180 = and i1 %178, %179
	%181 = icmp sge i32 %88, %36
	%182 = icmp sle i32 %88, %44
	%183 = and i1 %181, %182
	%184 = or i1 false, %183
	%185 = icmp eq i32 %88, 0
	%186 = or i1 %184, %185
	%187 = bitcast float %128 to i32
	%188 = add i32 %187, 2
	%189 = select i1 %186, i32 1, i32 %188
	%190 = select i1 %180, i32 %189, i32 0
	%191 = icmp slt i32 %92, %NK
	%192 = fcmp oge float %134, 0.0
	%193 = and i1 %191, %192
	%194 = icmp sge i32 %92, %36
	%195 = icmp sle i32 %92, %44
	%196 = and i1 %194, %195
	%197 = or i1 false, %196
	%198 = icmp eq i32 %92, 0
	%199 = or i1 %197, %198
	%200 = bitcast float %134 to i32
	%201 = add i32 %200, 2
	%202 = select i1 %199, i32 1, i32 %201
	%203 = select i1 %193, i32 %202, i32 0
	%204 = icmp slt i32 %96, %NK
	%205 = fcmp oge float %140, 0.0
	%206 = and i1 %204, %205
	%207 = icmp sge i32 %96, %36
	%208 = icmp sle i32 %96, %44
	%209 = and i1 %207, %208
	%210 = or i1 false, %209
	%211 = icmp eq i32 %96, 0
	%212 = or i1 %210, %211
	%213 = bitcast float %140 to i32
	%214 = add i32 %213, 2
	%215 = select i1 %212, i32 1, i32 %214
	%216 = select i1 %206, i32 %215, i32 0
	%217 = icmp slt i32 %100, %NK
	%218 = fcmp oge float %146, 0.0
	%219 = and i1 %217, %218
	%220 = icmp sge i32 %100, %36
	%221 = icmp sle i32 %100, %44
	%222 = and i1 %220, %221
	%223 = or i1 false, %222
	%224 = icmp eq i32 %100, 0
	%225 = or i1 %223, %224
	%226 = bitcast float %146 to i32
	%227 = add i32 %226, 2
	%228 = select i1 %225, i32 1, i32 %227
	%229 = select i1 %219, i32 %228, i32 0
	%230 = icmp slt i32 %104, %NK
	%231 = fcmp oge float %152, 0.0
	%232 = and i1 %230, %231
	%233 = icmp sge i32 %104, %36
	%234 = icmp sle i32 %104, %44
	%235 = and i1 %233, %234
	%236 = or i1 false, %235
	%237 = icmp eq i32 %104, 0
	%238 = or i1 %236, %237
	%239 = bitcast float %152 to i32
	%240 = add i32 %239, 2
	%241 = select i1 %238, i32 1, i32 %240
	%242 = select i1 %232, i32 %241, i32 0
	%243 = icmp slt i32 %108, %NK
	%244 = fcmp oge float %158, 0.0
	%245 = and i1 %243, %244
	%246 = icmp sge i32 %108, %36
	%247 = icmp sle i32 %108, %44
	%248 = and i1 %246, %247
	%249 = or i1 false, %248
	%250 = icmp eq i32 %108, 0
	%251 = or i1 %249, %250
	%252 = bitcast float %158 to i32
	%253 = add i32 %252, 2
	%254 = select i1 %251, i32 1, i32 %253
	%255 = select i1 %245, i32 %254, i32 0
	%256 = icmp slt i32 %112, %NK
	%257 = fcmp oge float %164, 0.0
	%258 = and i1 %256, %257
	%259 = icmp sge i32 %112, %36
	%260 = icmp sle i32 %112, %44
	%261 = and i1 %259, %260
	%262 = or i1 false, %261
	%263 = icmp eq i32 %112, 0
	%264 = or i1 %262, %263
	%265 = bitcast float %164 to i32
	%266 = add i32 %265, 2
	%267 = select i1 %264, i32 1, i32 %266
	%268 = select i1 %258, i32 %267, i32 0
	%269 = icmp uge i32 %177, 2
	%270 = and i32 %177, %11
	%271 = icmp eq i32 %270, %7
	%272 = and i1 %269, %271
	%273 = lshr i32 %177, 0
	%274 = and i32 %273, 255
	%275 = select i1 %272, i32 %274, i32 256
	%276 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %275)
	%277 = shl i32 1, %3
	%278 = sub i32 %277, 1
	%279 = and i32 %276, %278
	%280 = icmp eq i32 %279, 0
	%281 = and i1 %272, %280
	br i1 %281, label %283, label %287

282:
	br label %47

283:
	%284 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %274
	%285 = call i32 @llvm.ctpop.i32(i32 %276)
	%286 = atomicrmw add i32 addrspace(3)* %284, i32 %285 monotonic
	br label %287

287:
	%288 = icmp uge i32 %190, 2
	%289 = and i32 %190, %11
	%290 = icmp eq i32 %289, %7
	%291 = and i1 %288, %290
	%292 = lshr i32 %190, 0
	%293 = and i32 %292, 255
	%294 = select i1 %291, i32 %293, i32 256
	%295 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %294)
	%296 = shl i32 1, %3
	%297 = sub i32 %296, 1
	%298 = and i32 %295, %297
	%299 = icmp eq i32 %298, 0
	%300 = and i1 %291, %299
	br i1 %300, label %301, label %305

301:
	%302 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %293
	%303 = call i32 @llvm.ctpop.i32(i32 %295)
	%304 = atomicrmw add i32 addrspace(3)* %302, i32 %303 monotonic
	br label %305

305:
	%306 = icmp uge i32 %203, 2
	%307 = and i32 %203, %11
	%308 = icmp eq i32 %307, %7
	%309 = and i1 %306, %308
	%310 = lshr i32 %203, 0
	%311 = and i32 %310, 255
	%312 = select i1 %309, i32 %311, i32 256
	%313 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %312)
	%314 = shl i32 1, %3
	%315 = sub i32 %314, 1
	%316 = and i32 %313, %315
	%317 = icmp eq i32 %316, 0
	%318 = and i1 %309, %317
	br i1 %318, label %319, label %323

319:
	%320 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %311
	%321 = call i32 @llvm.ctpop.i32(i32 %313)
	%322 = atomicrmw add i32 addrspace(3)* %320, i32 %321 monotonic
	br label %323

323:
	%324 = icmp uge i32 %216, 2
	%325 = and i32 %216, %11
	%326 = icmp eq i32 %325, %7
	%327 = and i1 %324, %326
	%328 = lshr i32 %216, 0
	%329 = and i32 %328, 255
	%330 = select i1 %327, i32 %329, i32 256
	%331 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %330)
	%332 = shl i32 1, %3
	%333 = sub i32 %332, 1
	%334 = and i32 %331, %333
	%335 = icmp eq i32 %334, 0
	%336 = and i1 %327, %335
	br i1 %336, label %337, label %341

337:
	%338 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %329
	%339 = call i32 @llvm.ctpop.i32(i32 %331)
	%340 = atomicrmw add i32 addrspace(3)* %338, i32 %339 monotonic
	br label %341

341:
	%342 = icmp uge i32 %229, 2
	%343 = and i32 %229, %11
	%344 = icmp eq i32 %343, %7
	%345 = and i1 %342, %344
	%346 = lshr i32 %229, 0
	%347 = and i32 %346, 255
	%348 = select i1 %345, i32 %347, i32 256
	%349 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %348)
	%350 = shl i32 1, %3
	%351 = sub i32 %350, 1
	%352 = and i32 %349, %351
	%353 = icmp eq i32 %352, 0
	%354 = and i1 %345, %353
	br i1 %354, label %355, label %359

355:
	%356 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %347
	%357 = call i32 @llvm.ctpop.i32(i32 %349)
	%358 = atomicrmw add i32 addrspace(3)* %356, i32 %357 monotonic
	br label %359

359:
	%360 = icmp uge i32 %242, 2
	%361 = and i32 %242, %11
	%362 = icmp eq i32 %361, %7
	%363 = and i1 %360, %362
	%364 = lshr i32 %242, 0
	%365 = and i32 %364, 255
	%366 = select i1 %363, i32 %365, i32 256
	%367 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %366)
	%368 = shl i32 1, %3
	%369 = sub i32 %368, 1
	%370 = and i32 %367, %369
	%371 = icmp eq i32 %370, 0
	%372 = and i1 %363, %371
	br i1 %372, label %373, label %377

373:
	%374 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %365
	%375 = call i32 @llvm.ctpop.i32(i32 %367)
	%376 = atomicrmw add i32 addrspace(3)* %374, i32 %375 monotonic
	br label %377

377:
	%378 = icmp uge i32 %255, 2
	%379 = and i32 %255, %11
	%380 = icmp eq i32 %379, %7
	%381 = and i1 %378, %380
	%382 = lshr i32 %255, 0
	%383 = and i32 %382, 255
	%384 = select i1 %381, i32 %383, i32 256
	%385 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %384)
	%386 = shl i32 1, %3
	%387 = sub i32 %386, 1
	%388 = and i32 %385, %387
	%389 = icmp eq i32 %388, 0
	%390 = and i1 %381, %389
	br i1 %390, label %391, label %395

391:
	%392 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %383
	%393 = call i32 @llvm.ctpop.i32(i32 %385)
	%394 = atomicrmw add i32 addrspace(3)* %392, i32 %393 monotonic
	br label %395

395:
	%396 = icmp uge i32 %268, 2
	%397 = and i32 %268, %11
	%398 = icmp eq i32 %397, %7
	%399 = and i1 %396, %398
	%400 = lshr i32 %268, 0
	%401 = and i32 %400, 255
	%402 = select i1 %399, i32 %401, i32 256
	%403 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %402)
	%404 = shl i32 1, %3
	%405 = sub i32 %404, 1
	%406 = and i32 %403, %405
	%407 = icmp eq i32 %406, 0
	%408 = and i1 %399, %407
	br i1 %408, label %409, label %413

409:
	%410 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %401
	%411 = call i32 @llvm.ctpop.i32(i32 %403)
	%412 = atomicrmw add i32 addrspace(3)* %410, i32 %411 monotonic
	br label %413

413:
	%414 = add i32 %79, 2048
	br label %78

415:
	br label %447

416:
	%417 = mul i32 %1, 8
	%418 = add i32 %417, 2
	%419 = mul i32 %2, %NQ
	%420 = add i32 %419, %418
	%421 = mul i32 %420, %NK
	%422 = mul i32 %418, 64
	%423 = add i32 %422, %off
	%424 = add i32 %418, 1
	%425 = mul i32 %424, 64
	%426 = icmp slt i32 %425, %M
	%427 = select i1 %426, i32 %425, i32 %M
	%428 = sub i32 %427, 1
	%429 = add i32 %428, %off
	%430 = icmp slt i32 %423, 0
	%431 = sub i32 0, %423
	%432 = sub i32 64, 1
	%433 = add i32 %431, %432
	%434 = sdiv i32 %433, 64
	%435 = sub i32 0, %434
	%436 = sdiv i32 %423, 64
	%437 = select i1 %430, i32 %435, i32 %436
	%438 = icmp slt i32 %429, 0
	%439 = sub i32 0, %429
	%440 = sub i32 64, 1
	%441 = add i32 %439, %440
	%442 = sdiv i32 %441, 64
	%443 = sub i32 0, %442
	%444 = sdiv i32 %429, 64
	%445 = select i1 %438, i32 %443, i32 %444
	%446 = icmp slt i32 %418, %NQ
	br i1 %446, label %784, label %785

447:
	%448 = phi i32 [ %0, %415 ], [ %783, %782 ]
	%449 = phi i32 [ 0, %415 ], [ %449, %782 ]
	%450 = icmp slt i32 %448, %15
	br i1 %450, label %451, label %651

451:
	%452 = sub i32 %15, 1
	%453 = add i32 %448, 0
	%454 = icmp slt i32 %453, %15
	%455 = icmp slt i32 %453, %452
	%456 = select i1 %455, i32 %453, i32 %452
	%457 = add i32 %448, 256
	%458 = icmp slt i32 %457, %15
	%459 = icmp slt i32 %457, %452
	%460 = select i1 %459, i32 %457, i32 %452
	%461 = add i32 %448, 512
	%462 = icmp slt i32 %461, %15
	%463 = icmp slt i32 %461, %452
	%464 = select i1 %463, i32 %461, i32 %452
	%465 = add i32 %448, 768
	%466 = icmp slt i32 %465, %15
	%467 = icmp slt i32 %465, %452
	%468 = select i1 %467, i32 %465, i32 %452
	%469 = add i32 %448, 1024
	%470 = icmp slt i32 %469, %15
	%471 = icmp slt i32 %469, %452
	%472 = select i1 %471, i32 %469, i32 %452
	%473 = add i32 %448, 1280
	%474 = icmp slt i32 %473, %15
	%475 = icmp slt i32 %473, %452
	%476 = select i1 %475, i32 %473, i32 %452
	%477 = add i32 %448, 1536
	%478 = icmp slt i32 %477, %15
	%479 = icmp slt i32 %477, %452
	%480 = select i1 %479, i32 %477, i32 %452
	%481 = add i32 %448, 1792
	%482 = icmp slt i32 %481, %15
	%483 = icmp slt i32 %481, %452
	%484 = select i1 %483, i32 %481, i32 %452
	%485 = sub i32 %NK, 1
	%486 = icmp slt i32 %453, %485
	%487 = select i1 %486, i32 %453, i32 %485
	%488 = add i32 %52, %487
	%489 = sext i32 %488 to i64
	%490 = getelementptr float, float* %e, i64 %489
	%491 = load float, float* %490
	%492 = icmp slt i32 %457, %485
	%493 = select i1 %492, i32 %457, i32 %485
	%494 = add i32 %52, %493
	%495 = sext i32 %494 to i64
	%496 = getelementptr float, float* %e, i64 %495
	%497 = load float, float* %496
	%498 = icmp slt i32 %461, %485
	%499 = select i1 %498, i32 %461, i32 %485
	%500 = add i32 %52, %499
	%501 = sext i32 %500 to i64
	%502 = getelementptr float, float* %e, i64 %501
	%503 = load float, float* %502
	%504 = icmp slt i32 %465, %485
	%505 = select i1 %504, i32 %465, i32 %485
	%506 = add i32 %52, %505
	%507 = sext i32 %506 to i64
	%508 = getelementptr float, float* %e, i64 %507
	%509 = load float, float* %508
	%510 = icmp slt i32 %469, %485
	%511 = select i1 %510, i32 %469, i32 %485
	%512 = add i32 %52, %511
	%513 = sext i32 %512 to i64
	%514 = getelementptr float, float* %e, i64 %513
	%515 = load float, float* %514
	%516 = icmp slt i32 %473, %485
	%517 = select i1 %516, i32 %473, i32 %485
	%518 = add i32 %52, %517
	%519 = sext i32 %518 to i64
	%520 = getelementptr float, float* %e, i64 %519
	%521 = load float, float* %520
	%522 = icmp slt i32 %477, %485
	%523 = select i1 %522, i32 %477, i32 %485
	%524 = add i32 %52, %523
	%525 = sext i32 %524 to i64
	%526 = getelementptr float, float* %e, i64 %525
	%527 = load float, float* %526
	%528 = icmp slt i32 %481, %485
	%529 = select i1 %528, i32 %481, i32 %485
	%530 = add i32 %52, %529
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	%533 = load float, float* %532
	%534 = icmp slt i32 %453, %NK
	%535 = fcmp oge float %491, 0.0
	%536 = and i1 %534, %535
	%537 = icmp sge i32 %453, %68
	%538 = icmp sle i32 %453, %76
	%539 = and i1 %537, %538
	%540 = or i1 false, %539
	%541 = icmp eq i32 %453, 0
	%542 = or i1 %540, %541
	%543 = bitcast float %491 to i32
	%544 = add i32 %543, 2
	%545 = select i1 %542, i32 1, i32 %544
	%546 = select i1 %536, i32 %545, i32 0
	%547 = icmp slt i32 %457, %NK
	%548 = fcmp oge float %497, 0.0
	%549 = and i1 %547, %548
	%550 = icmp sge i32 %457, %68
	%551 = icmp sle i32 %457, %76
	%552 = and i1 %550, %551
	%553 = or i1 false, %552
	%554 = icmp eq i32 %457, 0
	%555 = or i1 %553, %554
	%556 = bitcast float %497 to i32
	%557 = add i32 %556, 2
	%558 = select i1 %555, i32 1, i32 %557
	%559 = select i1 %549, i32 %558, i32 0
	%560 = icmp slt i32 %461, %NK
	%561 = fcmp oge float %503, 0.0
	%562 = and i1 %560, %561
	%563 = icmp sge i32 %461, %68
	%564 = icmp sle i32 %461, %76
	%565 = and i1 %563, %564
	%566 = or i1 false, %565
	%567 = icmp eq i32 %461, 0
	%568 = or i1 %566, %567
	%569 = bitcast float %503 to i32
	%570 = add i32 %569, 2
	%571 = select i1 %568, i32 1, i32 %570
	%572 = select i1 %562, i32 %571, i32 0
	%573 = icmp slt i32 %465, %NK
	%574 = fcmp oge float %509, 0.0
	%575 = and i1 %573, %574
	%576 = icmp sge i32 %465, %68
	%577 = icmp sle i32 %465, %76
	%578 = and i1 %576, %577
	%579 = or i1 false, %578
	%580 = icmp eq i32 %465, 0
	%581 = or i1 %579, %580
	%582 = bitcast float %509 to i32
	%583 = add i32 %582, 2
	%584 = select i1 %581, i32 1, i32 %583
	%585 = select i1 %575, i32 %584, i32 0
	%586 = icmp slt i32 %469, %NK
	%587 = fcmp oge float %515, 0.0
	%588 = and i1 %586, %587
	%589 = icmp sge i32 %469, %68
	%590 = icmp sle i32 %469, %76
	%591 = and i1 %589, %590
	%592 = or i1 false, %591
	%593 = icmp eq i32 %469, 0
	%594 = or i1 %592, %593
	%595 = bitcast float %515 to i32
	%596 = add i32 %595, 2
	%597 = select i1 %594, i32 1, i32 %596
	%598 = select i1 %588, i32 %597, i32 0
	%599 = icmp slt i32 %473, %NK
	%600 = fcmp oge float %521, 0.0
	%601 = and i1 %599, %600
	%602 = icmp sge i32 %473, %68
	%603 = icmp sle i32 %473, %76
	%604 = and i1 %602, %603
	%605 = or i1 false, %604
	%606 = icmp eq i32 %473, 0
	%607 = or i1 %605, %606
	%608 = bitcast float %521 to i32
	%609 = add i32 %608, 2
	%610 = select i1 %607, i32 1, i32 %609
	%611 = select i1 %601, i32 %610, i32 0
	%612 = icmp slt i32 %477, %NK
	%613 = fcmp oge float %527, 0.0
	%614 = and i1 %612, %613
	%615 = icmp sge i32 %477, %68
	%616 = icmp sle i32 %477, %76
	%617 = and i1 %615, %616
	%618 = or i1 false, %617
	%619 = icmp eq i32 %477, 0
	%620 = or i1 %618, %619
	%621 = bitcast float %527 to i32
	%622 = add i32 %621, 2
	%623 = select i1 %620, i32 1, i32 %622
	%624 = select i1 %614, i32 %623, i32 0
	%625 = icmp slt i32 %481, %NK
	%626 = fcmp oge float %533, 0.0
	%627 = and i1 %625, %626
	%628 = icmp sge i32 %481, %68
	%629 = icmp sle i32 %481, %76
	%630 = and i1 %628, %629
	%631 = or i1 false, %630
	%632 = icmp eq i32 %481, 0
	%633 = or i1 %631, %632
	%634 = bitcast float %533 to i32
	%635 = add i32 %634, 2
	%636 = select i1 %633, i32 1, i32 %635
	%637 = select i1 %627, i32 %636, i32 0
	%638 = icmp uge i32 %546, 2
	%639 = and i32 %546, %11
	%640 = icmp eq i32 %639, %7
	%641 = and i1 %638, %640
	%642 = lshr i32 %546, 0
	%643 = and i32 %642, 255
	%644 = select i1 %641, i32 %643, i32 256
	%645 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %644)
	%646 = shl i32 1, %3
	%647 = sub i32 %646, 1
	%648 = and i32 %645, %647
	%649 = icmp eq i32 %648, 0
	%650 = and i1 %641, %649
	br i1 %650, label %652, label %656

651:
	br label %416

652:
	%653 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %643
	%654 = call i32 @llvm.ctpop.i32(i32 %645)
	%655 = atomicrmw add i32 addrspace(3)* %653, i32 %654 monotonic
	br label %656

656:
	%657 = icmp uge i32 %559, 2
	%658 = and i32 %559, %11
	%659 = icmp eq i32 %658, %7
	%660 = and i1 %657, %659
	%661 = lshr i32 %559, 0
	%662 = and i32 %661, 255
	%663 = select i1 %660, i32 %662, i32 256
	%664 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %663)
	%665 = shl i32 1, %3
	%666 = sub i32 %665, 1
	%667 = and i32 %664, %666
	%668 = icmp eq i32 %667, 0
	%669 = and i1 %660, %668
	br i1 %669, label %670, label %674

670:
	%671 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %662
	%672 = call i32 @llvm.ctpop.i32(i32 %664)
	%673 = atomicrmw add i32 addrspace(3)* %671, i32 %672 monotonic
	br label %674

674:
	%675 = icmp uge i32 %572, 2
	%676 = and i32 %572, %11
	%677 = icmp eq i32 %676, %7
	%678 = and i1 %675, %677
	%679 = lshr i32 %572, 0
	%680 = and i32 %679, 255
	%681 = select i1 %678, i32 %680, i32 256
	%682 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %681)
	%683 = shl i32 1, %3
	%684 = sub i32 %683, 1
	%685 = and i32 %682, %684
	%686 = icmp eq i32 %685, 0
	%687 = and i1 %678, %686
	br i1 %687, label %688, label %692

688:
	%689 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %680
	%690 = call i32 @llvm.ctpop.i32(i32 %682)
	%691 = atomicrmw add i32 addrspace(3)* %689, i32 %690 monotonic
	br label %692

692:
	%693 = icmp uge i32 %585, 2
	%694 = and i32 %585, %11
	%695 = icmp eq i32 %694, %7
	%696 = and i1 %693, %695
	%697 = lshr i32 %585, 0
	%698 = and i32 %697, 255
	%699 = select i1 %696, i32 %698, i32 256
	%700 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %699)
	%701 = shl i32 1, %3
	%702 = sub i32 %701, 1
	%703 = and i32 %700, %702
	%704 = icmp eq i32 %703, 0
	%705 = and i1 %696, %704
	br i1 %705, label %706, label %710

706:
	%707 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %698
	%708 = call i32 @llvm.ctpop.i32(i32 %700)
	%709 = atomicrmw add i32 addrspace(3)* %707, i32 %708 monotonic
	br label %710

710:
	%711 = icmp uge i32 %598, 2
	%712 = and i32 %598, %11
	%713 = icmp eq i32 %712, %7
	%714 = and i1 %711, %713
	%715 = lshr i32 %598, 0
	%716 = and i32 %715, 255
	%717 = select i1 %714, i32 %716, i32 256
	%718 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %717)
	%719 = shl i32 1, %3
	%720 = sub i32 %719, 1
	%721 = and i32 %718, %720
	%722 = icmp eq i32 %721, 0
	%723 = and i1 %714, %722
	br i1 %723, label %724, label %728

724:
	%725 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %716
	%726 = call i32 @llvm.ctpop.i32(i32 %718)
	%727 = atomicrmw add i32 addrspace(3)* %725, i32 %726 monotonic
	br label %728

728:
	%729 = icmp uge i32 %611, 2
	%730 = and i32 %611, %11
	%731 = icmp eq i32 %730, %7
	%732 = and i1 %729, %731
	%733 = lshr i32 %611, 0
	%734 = and i32 %733, 255
	%735 = select i1 %732, i32 %734, i32 256
	%736 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %735)
	%737 = shl i32 1, %3
	%738 = sub i32 %737, 1
	%739 = and i32 %736, %738
	%740 = icmp eq i32 %739, 0
	%741 = and i1 %732, %740
	br i1 %741, label %742, label %746

742:
	%743 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %734
	%744 = call i32 @llvm.ctpop.i32(i32 %736)
	%745 = atomicrmw add i32 addrspace(3)* %743, i32 %744 monotonic
	br label %746

746:
	%747 = icmp uge i32 %624, 2
	%748 = and i32 %624, %11
	%749 = icmp eq i32 %748, %7
	%750 = and i1 %747, %749
	%751 = lshr i32 %624, 0
	%752 = and i32 %751, 255
	%753 = select i1 %750, i32 %752, i32 256
	%754 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %753)
	%755 = shl i32 1, %3
	%756 = sub i32 %755, 1
	%757 = and i32 %754, %756
	%758 = icmp eq i32 %757, 0
	%759 = and i1 %750, %758
	br i1 %759, label %760, label %764

760:
	%761 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %752
	%762 = call i32 @llvm.ctpop.i32(i32 %754)
	%763 = atomicrmw add i32 addrspace(3)* %761, i32 %762 monotonic
	br label %764

764:
	%765 = icmp uge i32 %637, 2
	%766 = and i32 %637, %11
	%767 = icmp eq i32 %766, %7
	%768 = and i1 %765, %767
	%769 = lshr i32 %637, 0
	%770 = and i32 %769, 255
	%771 = select i1 %768, i32 %770, i32 256
	%772 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %771)
	%773 = shl i32 1, %3
	%774 = sub i32 %773, 1
	%775 = and i32 %772, %774
	%776 = icmp eq i32 %775, 0
	%777 = and i1 %768, %776
	br i1 %777, label %778, label %782

778:
	%779 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %770
	%780 = call i32 @llvm.ctpop.i32(i32 %772)
	%781 = atomicrmw add i32 addrspace(3)* %779, i32 %780 monotonic
	br label %782

782:
	%783 = add i32 %448, 2048
	br label %447

784:
	br label %816

785:
	%786 = mul i32 %1, 8
	%787 = add i32 %786, 3
	%788 = mul i32 %2, %NQ
	%789 = add i32 %788, %787
	%790 = mul i32 %789, %NK
	%791 = mul i32 %787, 64
	%792 = add i32 %791, %off
	%793 = add i32 %787, 1
	%794 = mul i32 %793, 64
	%795 = icmp slt i32 %794, %M
	%796 = select i1 %795, i32 %794, i32 %M
	%797 = sub i32 %796, 1
	%798 = add i32 %797, %off
	%799 = icmp slt i32 %792, 0
	%800 = sub i32 0, %792
	%801 = sub i32 64, 1
	%802 = add i32 %800, %801
	%803 = sdiv i32 %802, 64
	%804 = sub i32 0, %803
	%805 = sdiv i32 %792, 64
	%806 = select i1 %799, i32 %804, i32 %805
	%807 = icmp slt i32 %798, 0
	%808 = sub i32 0, %798
	%809 = sub i32 64, 1
	%810 = add i32 %808, %809
	%811 = sdiv i32 %810, 64
	%812 = sub i32 0, %811
	%813 = sdiv i32 %798, 64
	%814 = select i1 %807, i32 %812, i32 %813
	%815 = icmp slt i32 %787, %NQ
	br i1 %815, label %1153, label %1154

816:
	%817 = phi i32 [ %0, %784 ], [ %1152, %1151 ]
	%818 = phi i32 [ 0, %784 ], [ %818, %1151 ]
	%819 = icmp slt i32 %817, %15
	br i1 %819, label %820, label %1020

820:
	%821 = sub i32 %15, 1
	%822 = add i32 %817, 0
	%823 = icmp slt i32 %822, %15
	%824 = icmp slt i32 %822, %821
	%825 = select i1 %824, i32 %822, i32 %821
	%826 = add i32 %817, 256
	%827 = icmp slt i32 %826, %15
	%828 = icmp slt i32 %826, %821
	%829 = select i1 %828, i32 %826, i32 %821
	%830 = add i32 %817, 512
	%831 = icmp slt i32 %830, %15
	%832 = icmp slt i32 %830, %821
	%833 = select i1 %832, i32 %830, i32 %821
	%834 = add i32 %817, 768
	%835 = icmp slt i32 %834, %15
	%836 = icmp slt i32 %834, %821
	%837 = select i1 %836, i32 %834, i32 %821
	%838 = add i32 %817, 1024
	%839 = icmp slt i32 %838, %15
	%840 = icmp slt i32 %838, %821
	%841 = select i1 %840, i32 %838, i32 %821
	%842 = add i32 %817, 1280
	%843 = icmp slt i32 %842, %15
	%844 = icmp slt i32 %842, %821
	%845 = select i1 %844, i32 %842, i32 %821
	%846 = add i32 %817, 1536
	%847 = icmp slt i32 %846, %15
	%848 = icmp slt i32 %846, %821
	%849 = select i1 %848, i32 %846, i32 %821
	%850 = add i32 %817, 1792
	%851 = icmp slt i32 %850, %15
	%852 = icmp slt i32 %850, %821
	%853 = select i1 %852, i32 %850, i32 %821
	%854 = sub i32 %NK, 1
	%855 = icmp slt i32 %822, %854
	%856 = select i1 %855, i32 %822, i32 %854
	%857 = add i32 %421, %856
	%858 = sext i32 %857 to i64
	%859 = getelementptr float, float* %e, i64 %858
	%860 = load float, float* %859
	%861 = icmp slt i32 %826, %854
	%862 = select i1 %861, i32 %826, i32 %854
	%863 = add i32 %421, %862
	%864 = sext i32 %863 to i64
	%865 = getelementptr float, float* %e, i64 %864
	%866 = load float, float* %865
	%867 = icmp slt i32 %830, %854
	%868 = select i1 %867, i32 %830, i32 %854
	%869 = add i32 %421, %868
	%870 = sext i32 %869 to i64
	%871 = getelementptr float, float* %e, i64 %870
	%872 = load float, float* %871
	%873 = icmp slt i32 %834, %854
	%874 = select i1 %873, i32 %834, i32 %854
	%875 = add i32 %421, %874
	%876 = sext i32 %875 to i64
	%877 = getelementptr float, float* %e, i64 %876
	%878 = load float, float* %877
	%879 = icmp slt i32 %838, %854
	%880 = select i1 %879, i32 %838, i32 %854
	%881 = add i32 %421, %880
	%882 = sext i32 %881 to i64
	%883 = getelementptr float, float* %e, i64 %882
	%884 = load float, float* %883
	%885 = icmp slt i32 %842, %854
	%886 = select i1 %885, i32 %842, i32 %854
	%887 = add i32 %421, %886
	%888 = sext i32 %887 to i64
	%889 = getelementptr float, float* %e, i64 %888
	%890 = load float, float* %889
	%891 = icmp slt i32 %846, %854
	%892 = select i1 %891, i32 %846, i32 %854
	%893 = add i32 %421, %892
	%894 = sext i32 %893 to i64
	%895 = getelementptr float, float* %e, i64 %894
	%896 = load float, float* %895
	%897 = icmp slt i32 %850, %854
	%898 = select i1 %897, i32 %850, i32 %854
	%899 = add i32 %421, %898
	%900 = sext i32 %899 to i64
	%901 = getelementptr float, float* %e, i64 %900
	%902 = load float, float* %901
	%903 = icmp slt i32 %822, %NK
	%904 = fcmp oge float %860, 0.0
	%905 = and i1 %903, %904
	%906 = icmp sge i32 %822, %437
	%907 = icmp sle i32 %822, %445
	%908 = and i1 %906, %907
	%909 = or i1 false, %908
	%910 = icmp eq i32 %822, 0
	%911 = or i1 %909, %910
	%912 = bitcast float %860 to i32
	%913 = add i32 %912, 2
	%914 = select i1 %911, i32 1, i32 %913
	%915 = select i1 %905, i32 %914, i32 0
	%916 = icmp slt i32 %826, %NK
	%917 = fcmp oge float %866, 0.0
	%918 = and i1 %916, %917
	%919 = icmp sge i32 %826, %437
	%920 = icmp sle i32 %826, %445
	%921 = and i1 %919, %920
	%922 = or i1 false, %921
	%923 = icmp eq i32 %826, 0
	%924 = or i1 %922, %923
	%925 = bitcast float %866 to i32
	%926 = add i32 %925, 2
	%927 = select i1 %924, i32 1, i32 %926
	%928 = select i1 %918, i32 %927, i32 0
	%929 = icmp slt i32 %830, %NK
	%930 = fcmp oge float %872, 0.0
	%931 = and i1 %929, %930
	%932 = icmp sge i32 %830, %437
	%933 = icmp sle i32 %830, %445
	%934 = and i1 %932, %933
	%935 = or i1 false, %934
	%936 = icmp eq i32 %830, 0
	%937 = or i1 %935, %936
	%938 = bitcast float %872 to i32
	%939 = add i32 %938, 2
	%940 = select i1 %937, i32 1, i32 %939
	%941 = select i1 %931, i32 %940, i32 0
	%942 = icmp slt i32 %834, %NK
	%943 = fcmp oge float %878, 0.0
	%944 = and i1 %942, %943
	%945 = icmp sge i32 %834, %437
	%946 = icmp sle i32 %834, %445
	%947 = and i1 %945, %946
	%948 = or i1 false, %947
	%949 = icmp eq i32 %834, 0
	%950 = or i1 %948, %949
	%951 = bitcast float %878 to i32
	%952 = add i32 %951, 2
	%953 = select i1 %950, i32 1, i32 %952
	%954 = select i1 %944, i32 %953, i32 0
	%955 = icmp slt i32 %838, %NK
	%956 = fcmp oge float %884, 0.0
	%957 = and i1 %955, %956
	%958 = icmp sge i32 %838, %437
	%959 = icmp sle i32 %838, %445
	%960 = and i1 %958, %959
	%961 = or i1 false, %960
	%962 = icmp eq i32 %838, 0
	%963 = or i1 %961, %962
	%964 = bitcast float %884 to i32
	%965 = add i32 %964, 2
	%966 = select i1 %963, i32 1, i32 %965
	%967 = select i1 %957, i32 %966, i32 0
	%968 = icmp slt i32 %842, %NK
	%969 = fcmp oge float %890, 0.0
	%970 = and i1 %968, %969
	%971 = icmp sge i32 %842, %437
	%972 = icmp sle i32 %842, %445
	%973 = and i1 %971, %972
	%974 = or i1 false, %973
	%975 = icmp eq i32 %842, 0
	%976 = or i1 %974, %975
	%977 = bitcast float %890 to i32
	%978 = add i32 %977, 2
	%979 = select i1 %976, i32 1, i32 %978
	%980 = select i1 %970, i32 %979, i32 0
	%981 = icmp slt i32 %846, %NK
	%982 = fcmp oge float %896, 0.0
	%983 = and i1 %981, %982
	%984 = icmp sge i32 %846, %437
	%985 = icmp sle i32 %846, %445
	%986 = and i1 %984, %985
	%987 = or i1 false, %986
	%988 = icmp eq i32 %846, 0
	%989 = or i1 %987, %988
	%990 = bitcast float %896 to i32
	%991 = add i32 %990, 2
	%992 = select i1 %989, i32 1, i32 %991
	%993 = select i1 %983, i32 %992, i32 0
	%994 = icmp slt i32 %850, %NK
	%995 = fcmp oge float %902, 0.0
	%996 = and i1 %994, %995
	%997 = icmp sge i32 %850, %437
	%998 = icmp sle i32 %850, %445
	%999 = and i1 %997, %998
	%1000 = or i1 false, %999
	%1001 = icmp eq i32 %850, 0
	%1002 = or i1 %1000, %1001
	%1003 = bitcast float %902 to i32
	%1004 = add i32 %1003, 2
	%1005 = select i1 %1002, i32 1, i32 %1004
	%1006 = select i1 %996, i32 %1005, i32 0
	%1007 = icmp uge i32 %915, 2
	%1008 = and i32 %915, %11
	%1009 = icmp eq i32 %1008, %7
	%1010 = and i1 %1007, %1009
	%1011 = lshr i32 %915, 0
	%1012 = and i32 %1011, 255
	%1013 = select i1 %1010, i32 %1012, i32 256
	%1014 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1013)
	%1015 = shl i32 1, %3
	%1016 = sub i32 %1015, 1
	%1017 = and i32 %1014, %1016
	%1018 = icmp eq i32 %1017, 0
	%1019 = and i1 %1010, %1018
	br i1 %1019, label %1021, label %1025

1020:
	br label %785

1021:
	%1022 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1012
	%1023 = call i32 @llvm.ctpop.i32(i32 %1014)
	%1024 = atomicrmw add i32 addrspace(3)* %1022, i32 %1023 monotonic
	br label %1025

1025:
	%1026 = icmp uge i32 %928, 2
	%1027 = and i32 %928, %11
	%1028 = icmp eq i32 %1027, %7
	%1029 = and i1 %1026, %1028
	%1030 = lshr i32 %928, 0
	%1031 = and i32 %1030, 255
	%1032 = select i1 %1029, i32 %1031, i32 256
	%1033 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1032)
	%1034 = shl i32 1, %3
	%1035 = sub i32 %1034, 1
	%1036 = and i32 %1033, %1035
	%1037 = icmp eq i32 %1036, 0
	%1038 = and i1 %1029, %1037
	br i1 %1038, label %1039, label %1043

1039:
	%1040 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1031
	%1041 = call i32 @llvm.ctpop.i32(i32 %1033)
	%1042 = atomicrmw add i32 addrspace(3)* %1040, i32 %1041 monotonic
	br label %1043

1043:
	%1044 = icmp uge i32 %941, 2
	%1045 = and i32 %941, %11
	%1046 = icmp eq i32 %1045, %7
	%1047 = and i1 %1044, %1046
	%1048 = lshr i32 %941, 0
	%1049 = and i32 %1048, 255
	%1050 = select i1 %1047, i32 %1049, i32 256
	%1051 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1050)
	%1052 = shl i32 1, %3
	%1053 = sub i32 %1052, 1
	%1054 = and i32 %1051, %1053
	%1055 = icmp eq i32 %1054, 0
	%1056 = and i1 %1047, %1055
	br i1 %1056, label %1057, label %1061

1057:
	%1058 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1049
	%1059 = call i32 @llvm.ctpop.i32(i32 %1051)
	%1060 = atomicrmw add i32 addrspace(3)* %1058, i32 %1059 monotonic
	br label %1061

1061:
	%1062 = icmp uge i32 %954, 2
	%1063 = and i32 %954, %11
	%1064 = icmp eq i32 %1063, %7
	%1065 = and i1 %1062, %1064
	%1066 = lshr i32 %954, 0
	%1067 = and i32 %1066, 255
	%1068 = select i1 %1065, i32 %1067, i32 256
	%1069 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1068)
	%1070 = shl i32 1, %3
	%1071 = sub i32 %1070, 1
	%1072 = and i32 %1069, %1071
	%1073 = icmp eq i32 %1072, 0
	%1074 = and i1 %1065, %1073
	br i1 %1074, label %1075, label %1079

1075:
	%1076 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1067
	%1077 = call i32 @llvm.ctpop.i32(i32 %1069)
	%1078 = atomicrmw add i32 addrspace(3)* %1076, i32 %1077 monotonic
	br label %1079

1079:
	%1080 = icmp uge i32 %967, 2
	%1081 = and i32 %967, %11
	%1082 = icmp eq i32 %1081, %7
	%1083 = and i1 %1080, %1082
	%1084 = lshr i32 %967, 0
	%1085 = and i32 %1084, 255
	%1086 = select i1 %1083, i32 %1085, i32 256
	%1087 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1086)
	%1088 = shl i32 1, %3
	%1089 = sub i32 %1088, 1
	%1090 = and i32 %1087, %1089
	%1091 = icmp eq i32 %1090, 0
	%1092 = and i1 %1083, %1091
	br i1 %1092, label %1093, label %1097

1093:
	%1094 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1085
	%1095 = call i32 @llvm.ctpop.i32(i32 %1087)
	%1096 = atomicrmw add i32 addrspace(3)* %1094, i32 %1095 monotonic
	br label %1097

1097:
	%1098 = icmp uge i32 %980, 2
	%1099 = and i32 %980, %11
	%1100 = icmp eq i32 %1099, %7
	%1101 = and i1 %1098, %1100
	%1102 = lshr i32 %980, 0
	%1103 = and i32 %1102, 255
	%1104 = select i1 %1101, i32 %1103, i32 256
	%1105 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1104)
	%1106 = shl i32 1, %3
	%1107 = sub i32 %1106, 1
	%1108 = and i32 %1105, %1107
	%1109 = icmp eq i32 %1108, 0
	%1110 = and i1 %1101, %1109
	br i1 %1110, label %1111, label %1115

1111:
	%1112 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1103
	%1113 = call i32 @llvm.ctpop.i32(i32 %1105)
	%1114 = atomicrmw add i32 addrspace(3)* %1112, i32 %1113 monotonic
	br label %1115

1115:
	%1116 = icmp uge i32 %993, 2
	%1117 = and i32 %993, %11
	%1118 = icmp eq i32 %1117, %7
	%1119 = and i1 %1116, %1118
	%1120 = lshr i32 %993, 0
	%1121 = and i32 %1120, 255
	%1122 = select i1 %1119, i32 %1121, i32 256
	%1123 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1122)
	%1124 = shl i32 1, %3
	%1125 = sub i32 %1124, 1
	%1126 = and i32 %1123, %1125
	%1127 = icmp eq i32 %1126, 0
	%1128 = and i1 %1119, %1127
	br i1 %1128, label %1129, label %1133

1129:
	%1130 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1121
	%1131 = call i32 @llvm.ctpop.i32(i32 %1123)
	%1132 = atomicrmw add i32 addrspace(3)* %1130, i32 %1131 monotonic
	br label %1133

1133:
	%1134 = icmp uge i32 %1006, 2
	%1135 = and i32 %1006, %11
	%1136 = icmp eq i32 %1135, %7
	%1137 = and i1 %1134, %1136
	%1138 = lshr i32 %1006, 0
	%1139 = and i32 %1138, 255
	%1140 = select i1 %1137, i32 %1139, i32 256
	%1141 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1140)
	%1142 = shl i32 1, %3
	%1143 = sub i32 %1142, 1
	%1144 = and i32 %1141, %1143
	%1145 = icmp eq i32 %1144, 0
	%1146 = and i1 %1137, %1145
	br i1 %1146, label %1147, label %1151

1147:
	%1148 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1139
	%1149 = call i32 @llvm.ctpop.i32(i32 %1141)
	%1150 = atomicrmw add i32 addrspace(3)* %1148, i32 %1149 monotonic
	br label %1151

1151:
	%1152 = add i32 %817, 2048
	br label %816

1153:
	br label %1185

1154:
	%1155 = mul i32 %1, 8
	%1156 = add i32 %1155, 4
	%1157 = mul i32 %2, %NQ
	%1158 = add i32 %1157, %1156
	%1159 = mul i32 %1158, %NK
	%1160 = mul i32 %1156, 64
	%1161 = add i32 %1160, %off
	%1162 = add i32 %1156, 1
	%1163 = mul i32 %1162, 64
	%1164 = icmp slt i32 %1163, %M
	%1165 = select i1 %1164, i32 %1163, i32 %M
	%1166 = sub i32 %1165, 1
	%1167 = add i32 %1166, %off
	%1168 = icmp slt i32 %1161, 0
	%1169 = sub i32 0, %1161
	%1170 = sub i32 64, 1
	%1171 = add i32 %1169, %1170
	%1172 = sdiv i32 %1171, 64
	%1173 = sub i32 0, %1172
	%1174 = sdiv i32 %1161, 64
	%1175 = select i1 %1168, i32 %1173, i32 %1174
	%1176 = icmp slt i32 %1167, 0
	%1177 = sub i32 0, %1167
	%1178 = sub i32 64, 1
	%1179 = add i32 %1177, %1178
	%1180 = sdiv i32 %1179, 64
	%1181 = sub i32 0, %1180
	%1182 = sdiv i32 %1167, 64
	%1183 = select i1 %1176, i32 %1181, i32 %1182
	%1184 = icmp slt i32 %1156, %NQ
	br i1 %1184, label %1522, label %1523

1185:
	%1186 = phi i32 [ %0, %1153 ], [ %1521, %1520 ]
	%1187 = phi i32 [ 0, %1153 ], [ %1187, %1520 ]
	%1188 = icmp slt i32 %1186, %15
	br i1 %1188, label %1189, label %1389

1189:
	%1190 = sub i32 %15, 1
	%1191 = add i32 %1186, 0
	%1192 = icmp slt i32 %1191, %15
	%1193 = icmp slt i32 %1191, %1190
	%1194 = select i1 %1193, i32 %1191, i32 %1190
	%1195 = add i32 %1186, 256
	%1196 = icmp slt i32 %1195, %15
	%1197 = icmp slt i32 %1195, %1190
	%1198 = select i1 %1197, i32 %1195, i32 %1190
	%1199 = add i32 %1186, 512
	%1200 = icmp slt i32 %1199, %15
	%1201 = icmp slt i32 %1199, %1190
	%1202 = select i1 %1201, i32 %1199, i32 %1190
	%1203 = add i32 %1186, 768
	%1204 = icmp slt i32 %1203, %15
	%1205 = icmp slt i32 %1203, %1190
	%1206 = select i1 %1205, i32 %1203, i32 %1190
	%1207 = add i32 %1186, 1024
	%1208 = icmp slt i32 %1207, %15
	%1209 = icmp slt i32 %1207, %1190
	%1210 = select i1 %1209, i32 %1207, i32 %1190
	%1211 = add i32 %1186, 1280
	%1212 = icmp slt i32 %1211, %15
	%1213 = icmp slt i32 %1211, %1190
	%1214 = select i1 %1213, i32 %1211, i32 %1190
	%1215 = add i32 %1186, 1536
	%1216 = icmp slt i32 %1215, %15
	%1217 = icmp slt i32 %1215, %1190
	%1218 = select i1 %1217, i32 %1215, i32 %1190
	%1219 = add i32 %1186, 1792
	%1220 = icmp slt i32 %1219, %15
	%1221 = icmp slt i32 %1219, %1190
	%1222 = select i1 %1221, i32 %1219, i32 %1190
	%1223 = sub i32 %NK, 1
	%1224 = icmp slt i32 %1191, %1223
	%1225 = select i1 %1224, i32 %1191, i32 %1223
	%1226 = add i32 %790, %1225
	%1227 = sext i32 %1226 to i64
	%1228 = getelementptr float, float* %e, i64 %1227
	%1229 = load float, float* %1228
	%1230 = icmp slt i32 %1195, %1223
	%1231 = select i1 %1230, i32 %1195, i32 %1223
	%1232 = add i32 %790, %1231
	%1233 = sext i32 %1232 to i64
	%1234 = getelementptr float, float* %e, i64 %1233
	%1235 = load float, float* %1234
	%1236 = icmp slt i32 %1199, %1223
	%1237 = select i1 %1236, i32 %1199, i32 %1223
	%1238 = add i32 %790, %1237
	%1239 = sext i32 %1238 to i64
	%1240 = getelementptr float, float* %e, i64 %1239
	%1241 = load float, float* %1240
	%1242 = icmp slt i32 %1203, %1223
	%1243 = select i1 %1242, i32 %1203, i32 %1223
	%1244 = add i32 %790, %1243
	%1245 = sext i32 %1244 to i64
	%1246 = getelementptr float, float* %e, i64 %1245
	%1247 = load float, float* %1246
	%1248 = icmp slt i32 %1207, %1223
	%1249 = select i1 %1248, i32 %1207, i32 %1223
	%1250 = add i32 %790, %1249
	%1251 = sext i32 %1250 to i64
	%1252 = getelementptr float, float* %e, i64 %1251
	%1253 = load float, float* %1252
	%1254 = icmp slt i32 %1211, %1223
	%1255 = select i1 %1254, i32 %1211, i32 %1223
	%1256 = add i32 %790, %1255
	%1257 = sext i32 %1256 to i64
	%1258 = getelementptr float, float* %e, i64 %1257
	%1259 = load float, float* %1258
	%1260 = icmp slt i32 %1215, %1223
	%1261 = select i1 %1260, i32 %1215, i32 %1223
	%1262 = add i32 %790, %1261
	%1263 = sext i32 %1262 to i64
	%1264 = getelementptr float, float* %e, i64 %1263
	%1265 = load float, float* %1264
	%1266 = icmp slt i32 %1219, %1223
	%1267 = select i1 %1266, i32 %1219, i32 %1223
	%1268 = add i32 %790, %1267
	%1269 = sext i32 %1268 to i64
	%1270 = getelementptr float, float* %e, i64 %1269
	%1271 = load float, float* %1270
	%1272 = icmp slt i32 %1191, %NK
	%1273 = fcmp oge float %1229, 0.0
	%1274 = and i1 %1272, %1273
	%1275 = icmp sge i32 %1191, %806
	%1276 = icmp sle i32 %1191, %814
	%1277 = and i1 %1275, %1276
	%1278 = or i1 false, %1277
	%1279 = icmp eq i32 %1191, 0
	%1280 = or i1 %1278, %1279
	%1281 = bitcast float %1229 to i32
	%1282 = add i32 %1281, 2
	%1283 = select i1 %1280, i32 1, i32 %1282
	%1284 = select i1 %1274, i32 %1283, i32 0
	%1285 = icmp slt i32 %1195, %NK
	%1286 = fcmp oge float %1235, 0.0
	%1287 = and i1 %1285, %1286
	%1288 = icmp sge i32 %1195, %806
	%1289 = icmp sle i32 %1195, %814
	%1290 = and i1 %1288, %1289
	%1291 = or i1 false, %1290
	%1292 = icmp eq i32 %1195, 0
	%1293 = or i1 %1291, %1292
	%1294 = bitcast float %1235 to i32
	%1295 = add i32 %1294, 2
	%1296 = select i1 %1293, i32 1, i32 %1295
	%1297 = select i1 %1287, i32 %1296, i32 0
	%1298 = icmp slt i32 %1199, %NK
	%1299 = fcmp oge float %1241, 0.0
	%1300 = and i1 %1298, %1299
	%1301 = icmp sge i32 %1199, %806
	%1302 = icmp sle i32 %1199, %814
	%1303 = and i1 %1301, %1302
	%1304 = or i1 false, %1303
	%1305 = icmp eq i32 %1199, 0
	%1306 = or i1 %1304, %1305
	%1307 = bitcast float %1241 to i32
	%1308 = add i32 %1307, 2
	%1309 = select i1 %1306, i32 1, i32 %1308
	%1310 = select i1 %1300, i32 %1309, i32 0
	%1311 = icmp slt i32 %1203, %NK
	%1312 = fcmp oge float %1247, 0.0
	%1313 = and i1 %1311, %1312
	%1314 = icmp sge i32 %1203, %806
	%1315 = icmp sle i32 %1203, %814
	%1316 = and i1 %1314, %1315
	%1317 = or i1 false, %1316
	%1318 = icmp eq i32 %1203, 0
	%1319 = or i1 %1317, %1318
	%1320 = bitcast float %1247 to i32
	%1321 = add i32 %1320, 2
	%1322 = select i1 %1319, i32 1, i32 %1321
	%1323 = select i1 %1313, i32 %1322, i32 0
	%1324 = icmp slt i32 %1207, %NK
	%1325 = fcmp oge float %1253, 0.0
	%1326 = and i1 %1324, %1325
	%1327 = icmp sge i32 %1207, %806
	%1328 = icmp sle i32 %1207, %814
	%1329 = and i1 %1327, %1328
	%1330 = or i1 false, %1329
	%1331 = icmp eq i32 %1207, 0
	%1332 = or i1 %1330, %1331
	%1333 = bitcast float %1253 to i32
	%1334 = add i32 %1333, 2
	%1335 = select i1 %1332, i32 1, i32 %1334
	%1336 = select i1 %1326, i32 %1335, i32 0
	%1337 = icmp slt i32 %1211, %NK
	%1338 = fcmp oge float %1259, 0.0
	%1339 = and i1 %1337, %1338
	%1340 = icmp sge i32 %1211, %806
	%1341 = icmp sle i32 %1211, %814
	%1342 = and i1 %1340, %1341
	%1343 = or i1 false, %1342
	%1344 = icmp eq i32 %1211, 0
	%1345 = or i1 %1343, %1344
	%1346 = bitcast float %1259 to i32
	%1347 = add i32 %1346, 2
	%1348 = select i1 %1345, i32 1, i32 %1347
	%1349 = select i1 %1339, i32 %1348, i32 0
	%1350 = icmp slt i32 %1215, %NK
	%1351 = fcmp oge float %1265, 0.0
	%1352 = and i1 %1350, %1351
	%1353 = icmp sge i32 %1215, %806
	%1354 = icmp sle i32 %1215, %814
	%1355 = and i1 %1353, %1354
	%1356 = or i1 false, %1355
	%1357 = icmp eq i32 %1215, 0
	%1358 = or i1 %1356, %1357
	%1359 = bitcast float %1265 to i32
	%1360 = add i32 %1359, 2
	%1361 = select i1 %1358, i32 1, i32 %1360
	%1362 = select i1 %1352, i32 %1361, i32 0
	%1363 = icmp slt i32 %1219, %NK
	%1364 = fcmp oge float %1271, 0.0
	%1365 = and i1 %1363, %1364
	%1366 = icmp sge i32 %1219, %806
	%1367 = icmp sle i32 %1219, %814
	%1368 = and i1 %1366, %1367
	%1369 = or i1 false, %1368
	%1370 = icmp eq i32 %1219, 0
	%1371 = or i1 %1369, %1370
	%1372 = bitcast float %1271 to i32
	%1373 = add i32 %1372, 2
	%1374 = select i1 %1371, i32 1, i32 %1373
	%1375 = select i1 %1365, i32 %1374, i32 0
	%1376 = icmp uge i32 %1284, 2
	%1377 = and i32 %1284, %11
	%1378 = icmp eq i32 %1377, %7
	%1379 = and i1 %1376, %1378
	%1380 = lshr i32 %1284, 0
	%1381 = and i32 %1380, 255
	%1382 = select i1 %1379, i32 %1381, i32 256
	%1383 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1382)
	%1384 = shl i32 1, %3
	%1385 = sub i32 %1384, 1
	%1386 = and i32 %1383, %1385
	%1387 = icmp eq i32 %1386, 0
	%1388 = and i1 %1379, %1387
	br i1 %1388, label %1390, label %1394

1389:
	br label %1154

1390:
	%1391 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1381
	%1392 = call i32 @llvm.ctpop.i32(i32 %1383)
	%1393 = atomicrmw add i32 addrspace(3)* %1391, i32 %1392 monotonic
	br label %1394

1394:
	%1395 = icmp uge i32 %1297, 2
	%1396 = and i32 %1297, %11
	%1397 = icmp eq i32 %1396, %7
	%1398 = and i1 %1395, %1397
	%1399 = lshr i32 %1297, 0
	%1400 = and i32 %1399, 255
	%1401 = select i1 %1398, i32 %1400, i32 256
	%1402 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1401)
	%1403 = shl i32 1, %3
	%1404 = sub i32 %1403, 1
	%1405 = and i32 %1402, %1404
	%1406 = icmp eq i32 %1405, 0
	%1407 = and i1 %1398, %1406
	br i1 %1407, label %1408, label %1412

1408:
	%1409 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1400
	%1410 = call i32 @llvm.ctpop.i32(i32 %1402)
	%1411 = atomicrmw add i32 addrspace(3)* %1409, i32 %1410 monotonic
	br label %1412

1412:
	%1413 = icmp uge i32 %1310, 2
	%1414 = and i32 %1310, %11
	%1415 = icmp eq i32 %1414, %7
	%1416 = and i1 %1413, %1415
	%1417 = lshr i32 %1310, 0
	%1418 = and i32 %1417, 255
	%1419 = select i1 %1416, i32 %1418, i32 256
	%1420 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1419)
	%1421 = shl i32 1, %3
	%1422 = sub i32 %1421, 1
	%1423 = and i32 %1420, %1422
	%1424 = icmp eq i32 %1423, 0
	%1425 = and i1 %1416, %1424
	br i1 %1425, label %1426, label %1430

1426:
	%1427 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1418
	%1428 = call i32 @llvm.ctpop.i32(i32 %1420)
	%1429 = atomicrmw add i32 addrspace(3)* %1427, i32 %1428 monotonic
	br label %1430

1430:
	%1431 = icmp uge i32 %1323, 2
	%1432 = and i32 %1323, %11
	%1433 = icmp eq i32 %1432, %7
	%1434 = and i1 %1431, %1433
	%1435 = lshr i32 %1323, 0
	%1436 = and i32 %1435, 255
	%1437 = select i1 %1434, i32 %1436, i32 256
	%1438 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1437)
	%1439 = shl i32 1, %3
	%1440 = sub i32 %1439, 1
	%1441 = and i32 %1438, %1440
	%1442 = icmp eq i32 %1441, 0
	%1443 = and i1 %1434, %1442
	br i1 %1443, label %1444, label %1448

1444:
	%1445 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1436
	%1446 = call i32 @llvm.ctpop.i32(i32 %1438)
	%1447 = atomicrmw add i32 addrspace(3)* %1445, i32 %1446 monotonic
	br label %1448

1448:
	%1449 = icmp uge i32 %1336, 2
	%1450 = and i32 %1336, %11
	%1451 = icmp eq i32 %1450, %7
	%1452 = and i1 %1449, %1451
	%1453 = lshr i32 %1336, 0
	%1454 = and i32 %1453, 255
	%1455 = select i1 %1452, i32 %1454, i32 256
	%1456 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1455)
	%1457 = shl i32 1, %3
	%1458 = sub i32 %1457, 1
	%1459 = and i32 %1456, %1458
	%1460 = icmp eq i32 %1459, 0
	%1461 = and i1 %1452, %1460
	br i1 %1461, label %1462, label %1466

1462:
	%1463 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1454
	%1464 = call i32 @llvm.ctpop.i32(i32 %1456)
	%1465 = atomicrmw add i32 addrspace(3)* %1463, i32 %1464 monotonic
	br label %1466

1466:
	%1467 = icmp uge i32 %1349, 2
	%1468 = and i32 %1349, %11
	%1469 = icmp eq i32 %1468, %7
	%1470 = and i1 %1467, %1469
	%1471 = lshr i32 %1349, 0
	%1472 = and i32 %1471, 255
	%1473 = select i1 %1470, i32 %1472, i32 256
	%1474 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1473)
	%1475 = shl i32 1, %3
	%1476 = sub i32 %1475, 1
	%1477 = and i32 %1474, %1476
	%1478 = icmp eq i32 %1477, 0
	%1479 = and i1 %1470, %1478
	br i1 %1479, label %1480, label %1484

1480:
	%1481 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1472
	%1482 = call i32 @llvm.ctpop.i32(i32 %1474)
	%1483 = atomicrmw add i32 addrspace(3)* %1481, i32 %1482 monotonic
	br label %1484

1484:
	%1485 = icmp uge i32 %1362, 2
	%1486 = and i32 %1362, %11
	%1487 = icmp eq i32 %1486, %7
	%1488 = and i1 %1485, %1487
	%1489 = lshr i32 %1362, 0
	%1490 = and i32 %1489, 255
	%1491 = select i1 %1488, i32 %1490, i32 256
	%1492 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1491)
	%1493 = shl i32 1, %3
	%1494 = sub i32 %1493, 1
	%1495 = and i32 %1492, %1494
	%1496 = icmp eq i32 %1495, 0
	%1497 = and i1 %1488, %1496
	br i1 %1497, label %1498, label %1502

1498:
	%1499 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1490
	%1500 = call i32 @llvm.ctpop.i32(i32 %1492)
	%1501 = atomicrmw add i32 addrspace(3)* %1499, i32 %1500 monotonic
	br label %1502

1502:
	%1503 = icmp uge i32 %1375, 2
	%1504 = and i32 %1375, %11
	%1505 = icmp eq i32 %1504, %7
	%1506 = and i1 %1503, %1505
	%1507 = lshr i32 %1375, 0
	%1508 = and i32 %1507, 255
	%1509 = select i1 %1506, i32 %1508, i32 256
	%1510 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1509)
	%1511 = shl i32 1, %3
	%1512 = sub i32 %1511, 1
	%1513 = and i32 %1510, %1512
	%1514 = icmp eq i32 %1513, 0
	%1515 = and i1 %1506, %1514
	br i1 %1515, label %1516, label %1520

1516:
	%1517 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1508
	%1518 = call i32 @llvm.ctpop.i32(i32 %1510)
	%1519 = atomicrmw add i32 addrspace(3)* %1517, i32 %1518 monotonic
	br label %1520

1520:
	%1521 = add i32 %1186, 2048
	br label %1185

1522:
	br label %1554

1523:
	%1524 = mul i32 %1, 8
	%1525 = add i32 %1524, 5
	%1526 = mul i32 %2, %NQ
	%1527 = add i32 %1526, %1525
	%1528 = mul i32 %1527, %NK
	%1529 = mul i32 %1525, 64
	%1530 = add i32 %1529, %off
	%1531 = add i32 %1525, 1
	%1532 = mul i32 %1531, 64
	%1533 = icmp slt i32 %1532, %M
	%1534 = select i1 %1533, i32 %1532, i32 %M
	%1535 = sub i32 %1534, 1
	%1536 = add i32 %1535, %off
	%1537 = icmp slt i32 %1530, 0
	%1538 = sub i32 0, %1530
	%1539 = sub i32 64, 1
	%1540 = add i32 %1538, %1539
	%1541 = sdiv i32 %1540, 64
	%1542 = sub i32 0, %1541
	%1543 = sdiv i32 %1530, 64
	%1544 = select i1 %1537, i32 %1542, i32 %1543
	%1545 = icmp slt i32 %1536, 0
	%1546 = sub i32 0, %1536
	%1547 = sub i32 64, 1
	%1548 = add i32 %1546, %1547
	%1549 = sdiv i32 %1548, 64
	%1550 = sub i32 0, %1549
	%1551 = sdiv i32 %1536, 64
	%1552 = select i1 %1545, i32 %1550, i32 %1551
	%1553 = icmp slt i32 %1525, %NQ
	br i1 %1553, label %1891, label %1892

1554:
	%1555 = phi i32 [ %0, %1522 ], [ %1890, %1889 ]
	%1556 = phi i32 [ 0, %1522 ], [ %1556, %1889 ]
	%1557 = icmp slt i32 %1555, %15
	br i1 %1557, label %1558, label %1758

1558:
	%1559 = sub i32 %15, 1
	%1560 = add i32 %1555, 0
	%1561 = icmp slt i32 %1560, %15
	%1562 = icmp slt i32 %1560, %1559
	%1563 = select i1 %1562, i32 %1560, i32 %1559
	%1564 = add i32 %1555, 256
	%1565 = icmp slt i32 %1564, %15
	%1566 = icmp slt i32 %1564, %1559
	%1567 = select i1 %1566, i32 %1564, i32 %1559
	%1568 = add i32 %1555, 512
	%1569 = icmp slt i32 %1568, %15
	%1570 = icmp slt i32 %1568, %1559
	%1571 = select i1 %1570, i32 %1568, i32 %1559
	%1572 = add i32 %1555, 768
	%1573 = icmp slt i32 %1572, %15
	%1574 = icmp slt i32 %1572, %1559
	%1575 = select i1 %1574, i32 %1572, i32 %1559
	%1576 = add i32 %1555, 1024
	%1577 = icmp slt i32 %1576, %15
	%1578 = icmp slt i32 %1576, %1559
	%1579 = select i1 %1578, i32 %1576, i32 %1559
	%1580 = add i32 %1555, 1280
	%1581 = icmp slt i32 %1580, %15
	%1582 = icmp slt i32 %1580, %1559
	%1583 = select i1 %1582, i32 %1580, i32 %1559
	%1584 = add i32 %1555, 1536
	%1585 = icmp slt i32 %1584, %15
	%1586 = icmp slt i32 %1584, %1559
	%1587 = select i1 %1586, i32 %1584, i32 %1559
	%1588 = add i32 %1555, 1792
	%1589 = icmp slt i32 %1588, %15
	%1590 = icmp slt i32 %1588, %1559
	%1591 = select i1 %1590, i32 %1588, i32 %1559
	%1592 = sub i32 %NK, 1
	%1593 = icmp slt i32 %1560, %1592
	%1594 = select i1 %1593, i32 %1560, i32 %1592
	%1595 = add i32 %1159, %1594
	%1596 = sext i32 %1595 to i64
	%1597 = getelementptr float, float* %e, i64 %1596
	%1598 = load float, float* %1597
	%1599 = icmp slt i32 %1564, %1592
	%1600 = select i1 %1599, i32 %1564, i32 %1592
	%1601 = add i32 %1159, %1600
	%1602 = sext i32 %1601 to i64
	%1603 = getelementptr float, float* %e, i64 %1602
	%1604 = load float, float* %1603
	%1605 = icmp slt i32 %1568, %1592
	%1606 = select i1 %1605, i32 %1568, i32 %1592
	%1607 = add i32 %1159, %1606
	%1608 = sext i32 %1607 to i64
	%1609 = getelementptr float, float* %e, i64 %1608
	%1610 = load float, float* %1609
	%1611 = icmp slt i32 %1572, %1592
	%1612 = select i1 %1611, i32 %1572, i32 %1592
	%1613 = add i32 %1159, %1612
	%1614 = sext i32 %1613 to i64
	%1615 = getelementptr float, float* %e, i64 %1614
	%1616 = load float, float* %1615
	%1617 = icmp slt i32 %1576, %1592
	%1618 = select i1 %1617, i32 %1576, i32 %1592
	%1619 = add i32 %1159, %1618
	%1620 = sext i32 %1619 to i64
	%1621 = getelementptr float, float* %e, i64 %1620
	%1622 = load float, float* %1621
	%1623 = icmp slt i32 %1580, %1592
	%1624 = select i1 %1623, i32 %1580, i32 %1592
	%1625 = add i32 %1159, %1624
	%1626 = sext i32 %1625 to i64
	%1627 = getelementptr float, float* %e, i64 %1626
	%1628 = load float, float* %1627
	%1629 = icmp slt i32 %1584, %1592
	%1630 = select i1 %1629, i32 %1584, i32 %1592
	%1631 = add i32 %1159, %1630
	%1632 = sext i32 %1631 to i64
	%1633 = getelementptr float, float* %e, i64 %1632
	%1634 = load float, float* %1633
	%1635 = icmp slt i32 %1588, %1592
	%1636 = select i1 %1635, i32 %1588, i32 %1592
	%1637 = add i32 %1159, %1636
	%1638 = sext i32 %1637 to i64
	%1639 = getelementptr float, float* %e, i64 %1638
	%1640 = load float, float* %1639
	%1641 = icmp slt i32 %1560, %NK
	%1642 = fcmp oge float %1598, 0.0
	%1643 = and i1 %1641, %1642
	%1644 = icmp sge i32 %1560, %1175
	%1645 = icmp sle i32 %1560, %1183
	%1646 = and i1 %1644, %1645
	%1647 = or i1 false, %1646
	%1648 = icmp eq i32 %1560, 0
	%1649 = or i1 %1647, %1648
	%1650 = bitcast float %1598 to i32
	%1651 = add i32 %1650, 2
	%1652 = select i1 %1649, i32 1, i32 %1651
	%1653 = select i1 %1643, i32 %1652, i32 0
	%1654 = icmp slt i32 %1564, %NK
	%1655 = fcmp oge float %1604, 0.0
	%1656 = and i1 %1654, %1655
	%1657 = icmp sge i32 %1564, %1175
	%1658 = icmp sle i32 %1564, %1183
	%1659 = and i1 %1657, %1658
	%1660 = or i1 false, %1659
	%1661 = icmp eq i32 %1564, 0
	%1662 = or i1 %1660, %1661
	%1663 = bitcast float %1604 to i32
	%1664 = add i32 %1663, 2
	%1665 = select i1 %1662, i32 1, i32 %1664
	%1666 = select i1 %1656, i32 %1665, i32 0
	%1667 = icmp slt i32 %1568, %NK
	%1668 = fcmp oge float %1610, 0.0
	%1669 = and i1 %1667, %1668
	%1670 = icmp sge i32 %1568, %1175
	%1671 = icmp sle i32 %1568, %1183
	%1672 = and i1 %1670, %1671
	%1673 = or i1 false, %1672
	%1674 = icmp eq i32 %1568, 0
	%1675 = or i1 %1673, %1674
	%1676 = bitcast float %1610 to i32
	%1677 = add i32 %1676, 2
	%1678 = select i1 %1675, i32 1, i32 %1677
	%1679 = select i1 %1669, i32 %1678, i32 0
	%1680 = icmp slt i32 %1572, %NK
	%1681 = fcmp oge float %1616, 0.0
	%1682 = and i1 %1680, %1681
	%1683 = icmp sge i32 %1572, %1175
	%1684 = icmp sle i32 %1572, %1183
	%1685 = and i1 %1683, %1684
	%1686 = or i1 false, %1685
	%1687 = icmp eq i32 %1572, 0
	%1688 = or i1 %1686, %1687
	%1689 = bitcast float %1616 to i32
	%1690 = add i32 %1689, 2
	%1691 = select i1 %1688, i32 1, i32 %1690
	%1692 = select i1 %1682, i32 %1691, i32 0
	%1693 = icmp slt i32 %1576, %NK
	%1694 = fcmp oge float %1622, 0.0
	%1695 = and i1 %1693, %1694
	%1696 = icmp sge i32 %1576, %1175
	%1697 = icmp sle i32 %1576, %1183
	%1698 = and i1 %1696, %1697
	%1699 = or i1 false, %1698
	%1700 = icmp eq i32 %1576, 0
	%1701 = or i1 %1699, %1700
	%1702 = bitcast float %1622 to i32
	%1703 = add i32 %1702, 2
	%1704 = select i1 %1701, i32 1, i32 %1703
	%1705 = select i1 %1695, i32 %1704, i32 0
	%1706 = icmp slt i32 %1580, %NK
	%1707 = fcmp oge float %1628, 0.0
	%1708 = and i1 %1706, %1707
	%1709 = icmp sge i32 %1580, %1175
	%1710 = icmp sle i32 %1580, %1183
	%1711 = and i1 %1709, %1710
	%1712 = or i1 false, %1711
	%1713 = icmp eq i32 %1580, 0
	%1714 = or i1 %1712, %1713
	%1715 = bitcast float %1628 to i32
	%1716 = add i32 %1715, 2
	%1717 = select i1 %1714, i32 1, i32 %1716
	%1718 = select i1 %1708, i32 %1717, i32 0
	%1719 = icmp slt i32 %1584, %NK
	%1720 = fcmp oge float %1634, 0.0
	%1721 = and i1 %1719, %1720
	%1722 = icmp sge i32 %1584, %1175
	%1723 = icmp sle i32 %1584, %1183
	%1724 = and i1 %1722, %1723
	%1725 = or i1 false, %1724
	%1726 = icmp eq i32 %1584, 0
	%1727 = or i1 %1725, %1726
	%1728 = bitcast float %1634 to i32
	%1729 = add i32 %1728, 2
	%1730 = select i1 %1727, i32 1, i32 %1729
	%1731 = select i1 %1721, i32 %1730, i32 0
	%1732 = icmp slt i32 %1588, %NK
	%1733 = fcmp oge float %1640, 0.0
	%1734 = and i1 %1732, %1733
	%1735 = icmp sge i32 %1588, %1175
	%1736 = icmp sle i32 %1588, %1183
	%1737 = and i1 %1735, %1736
	%1738 = or i1 false, %1737
	%1739 = icmp eq i32 %1588, 0
	%1740 = or i1 %1738, %1739
	%1741 = bitcast float %1640 to i32
	%1742 = add i32 %1741, 2
	%1743 = select i1 %1740, i32 1, i32 %1742
	%1744 = select i1 %1734, i32 %1743, i32 0
	%1745 = icmp uge i32 %1653, 2
	%1746 = and i32 %1653, %11
	%1747 = icmp eq i32 %1746, %7
	%1748 = and i1 %1745, %1747
	%1749 = lshr i32 %1653, 0
	%1750 = and i32 %1749, 255
	%1751 = select i1 %1748, i32 %1750, i32 256
	%1752 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1751)
	%1753 = shl i32 1, %3
	%1754 = sub i32 %1753, 1
	%1755 = and i32 %1752, %1754
	%1756 = icmp eq i32 %1755, 0
	%1757 = and i1 %1748, %1756
	br i1 %1757, label %1759, label %1763

1758:
	br label %1523

1759:
	%1760 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1750
	%1761 = call i32 @llvm.ctpop.i32(i32 %1752)
	%1762 = atomicrmw add i32 addrspace(3)* %1760, i32 %1761 monotonic
	br label %1763

1763:
	%1764 = icmp uge i32 %1666, 2
	%1765 = and i32 %1666, %11
	%1766 = icmp eq i32 %1765, %7
	%1767 = and i1 %1764, %1766
	%1768 = lshr i32 %1666, 0
	%1769 = and i32 %1768, 255
	%1770 = select i1 %1767, i32 %1769, i32 256
	%1771 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1770)
	%1772 = shl i32 1, %3
	%1773 = sub i32 %1772, 1
	%1774 = and i32 %1771, %1773
	%1775 = icmp eq i32 %1774, 0
	%1776 = and i1 %1767, %1775
	br i1 %1776, label %1777, label %1781

1777:
	%1778 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1769
	%1779 = call i32 @llvm.ctpop.i32(i32 %1771)
	%1780 = atomicrmw add i32 addrspace(3)* %1778, i32 %1779 monotonic
	br label %1781

1781:
	%1782 = icmp uge i32 %1679, 2
	%1783 = and i32 %1679, %11
	%1784 = icmp eq i32 %1783, %7
	%1785 = and i1 %1782, %1784
	%1786 = lshr i32 %1679, 0
	%1787 = and i32 %1786, 255
	%1788 = select i1 %1785, i32 %1787, i32 256
	%1789 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1788)
	%1790 = shl i32 1, %3
	%1791 = sub i32 %1790, 1
	%1792 = and i32 %1789, %1791
	%1793 = icmp eq i32 %1792, 0
	%1794 = and i1 %1785, %1793
	br i1 %1794, label %1795, label %1799

1795:
	%1796 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1787
	%1797 = call i32 @llvm.ctpop.i32(i32 %1789)
	%1798 = atomicrmw add i32 addrspace(3)* %1796, i32 %1797 monotonic
	br label %1799

1799:
	%1800 = icmp uge i32 %1692, 2
	%1801 = and i32 %1692, %11
	%1802 = icmp eq i32 %1801, %7
	%1803 = and i1 %1800, %1802
	%1804 = lshr i32 %1692, 0
	%1805 = and i32 %1804, 255
	%1806 = select i1 %1803, i32 %1805, i32 256
	%1807 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1806)
	%1808 = shl i32 1, %3
	%1809 = sub i32 %1808, 1
	%1810 = and i32 %1807, %1809
	%1811 = icmp eq i32 %1810, 0
	%1812 = and i1 %1803, %1811
	br i1 %1812, label %1813, label %1817

1813:
	%1814 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1805
	%1815 = call i32 @llvm.ctpop.i32(i32 %1807)
	%1816 = atomicrmw add i32 addrspace(3)* %1814, i32 %1815 monotonic
	br label %1817

1817:
	%1818 = icmp uge i32 %1705, 2
	%1819 = and i32 %1705, %11
	%1820 = icmp eq i32 %1819, %7
	%1821 = and i1 %1818, %1820
	%1822 = lshr i32 %1705, 0
	%1823 = and i32 %1822, 255
	%1824 = select i1 %1821, i32 %1823, i32 256
	%1825 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1824)
	%1826 = shl i32 1, %3
	%1827 = sub i32 %1826, 1
	%1828 = and i32 %1825, %1827
	%1829 = icmp eq i32 %1828, 0
	%1830 = and i1 %1821, %1829
	br i1 %1830, label %1831, label %1835

1831:
	%1832 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1823
	%1833 = call i32 @llvm.ctpop.i32(i32 %1825)
	%1834 = atomicrmw add i32 addrspace(3)* %1832, i32 %1833 monotonic
	br label %1835

1835:
	%1836 = icmp uge i32 %1718, 2
	%1837 = and i32 %1718, %11
	%1838 = icmp eq i32 %1837, %7
	%1839 = and i1 %1836, %1838
	%1840 = lshr i32 %1718, 0
	%1841 = and i32 %1840, 255
	%1842 = select i1 %1839, i32 %1841, i32 256
	%1843 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1842)
	%1844 = shl i32 1, %3
	%1845 = sub i32 %1844, 1
	%1846 = and i32 %1843, %1845
	%1847 = icmp eq i32 %1846, 0
	%1848 = and i1 %1839, %1847
	br i1 %1848, label %1849, label %1853

1849:
	%1850 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1841
	%1851 = call i32 @llvm.ctpop.i32(i32 %1843)
	%1852 = atomicrmw add i32 addrspace(3)* %1850, i32 %1851 monotonic
	br label %1853

1853:
	%1854 = icmp uge i32 %1731, 2
	%1855 = and i32 %1731, %11
	%1856 = icmp eq i32 %1855, %7
	%1857 = and i1 %1854, %1856
	%1858 = lshr i32 %1731, 0
	%1859 = and i32 %1858, 255
	%1860 = select i1 %1857, i32 %1859, i32 256
	%1861 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1860)
	%1862 = shl i32 1, %3
	%1863 = sub i32 %1862, 1
	%1864 = and i32 %1861, %1863
	%1865 = icmp eq i32 %1864, 0
	%1866 = and i1 %1857, %1865
	br i1 %1866, label %1867, label %1871

1867:
	%1868 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1859
	%1869 = call i32 @llvm.ctpop.i32(i32 %1861)
	%1870 = atomicrmw add i32 addrspace(3)* %1868, i32 %1869 monotonic
	br label %1871

1871:
	%1872 = icmp uge i32 %1744, 2
	%1873 = and i32 %1744, %11
	%1874 = icmp eq i32 %1873, %7
	%1875 = and i1 %1872, %1874
	%1876 = lshr i32 %1744, 0
	%1877 = and i32 %1876, 255
	%1878 = select i1 %1875, i32 %1877, i32 256
	%1879 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %1878)
	%1880 = shl i32 1, %3
	%1881 = sub i32 %1880, 1
	%1882 = and i32 %1879, %1881
	%1883 = icmp eq i32 %1882, 0
	%1884 = and i1 %1875, %1883
	br i1 %1884, label %1885, label %1889

1885:
	%1886 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %1877
	%1887 = call i32 @llvm.ctpop.i32(i32 %1879)
	%1888 = atomicrmw add i32 addrspace(3)* %1886, i32 %1887 monotonic
	br label %1889

1889:
	%1890 = add i32 %1555, 2048
	br label %1554

1891:
	br label %1923

1892:
	%1893 = mul i32 %1, 8
	%1894 = add i32 %1893, 6
	%1895 = mul i32 %2, %NQ
	%1896 = add i32 %1895, %1894
	%1897 = mul i32 %1896, %NK
	%1898 = mul i32 %1894, 64
	%1899 = add i32 %1898, %off
	%1900 = add i32 %1894, 1
	%1901 = mul i32 %1900, 64
	%1902 = icmp slt i32 %1901, %M
	%1903 = select i1 %1902, i32 %1901, i32 %M
	%1904 = sub i32 %1903, 1
	%1905 = add i32 %1904, %off
	%1906 = icmp slt i32 %1899, 0
	%1907 = sub i32 0, %1899
	%1908 = sub i32 64, 1
	%1909 = add i32 %1907, %1908
	%1910 = sdiv i32 %1909, 64
	%1911 = sub i32 0, %1910
	%1912 = sdiv i32 %1899, 64
	%1913 = select i1 %1906, i32 %1911, i32 %1912
	%1914 = icmp slt i32 %1905, 0
	%1915 = sub i32 0, %1905
	%1916 = sub i32 64, 1
	%1917 = add i32 %1915, %1916
	%1918 = sdiv i32 %1917, 64
	%1919 = sub i32 0, %1918
	%1920 = sdiv i32 %1905, 64
	%1921 = select i1 %1914, i32 %1919, i32 %1920
	%1922 = icmp slt i32 %1894, %NQ
	br i1 %1922, label %2260, label %2261

1923:
	%1924 = phi i32 [ %0, %1891 ], [ %2259, %2258 ]
	%1925 = phi i32 [ 0, %1891 ], [ %1925, %2258 ]
	%1926 = icmp slt i32 %1924, %15
	br i1 %1926, label %1927, label %2127

1927:
	%1928 = sub i32 %15, 1
	%1929 = add i32 %1924, 0
	%1930 = icmp slt i32 %1929, %15
	%1931 = icmp slt i32 %1929, %1928
	%1932 = select i1 %1931, i32 %1929, i32 %1928
	%1933 = add i32 %1924, 256
	%1934 = icmp slt i32 %1933, %15
	%1935 = icmp slt i32 %1933, %1928
	%1936 = select i1 %1935, i32 %1933, i32 %1928
	%1937 = add i32 %1924, 512
	%1938 = icmp slt i32 %1937, %15
	%1939 = icmp slt i32 %1937, %1928
	%1940 = select i1 %1939, i32 %1937, i32 %1928
	%1941 = add i32 %1924, 768
	%1942 = icmp slt i32 %1941, %15
	%1943 = icmp slt i32 %1941, %1928
	%1944 = select i1 %1943, i32 %1941, i32 %1928
	%1945 = add i32 %1924, 1024
	%1946 = icmp slt i32 %1945, %15
	%1947 = icmp slt i32 %1945, %1928
	%1948 = select i1 %1947, i32 %1945, i32 %1928
	%1949 = add i32 %1924, 1280
	%1950 = icmp slt i32 %1949, %15
	%1951 = icmp slt i32 %1949, %1928
	%1952 = select i1 %1951, i32 %1949, i32 %1928
	%1953 = add i32 %1924, 1536
	%1954 = icmp slt i32 %1953, %15
	%1955 = icmp slt i32 %1953, %1928
	%1956 = select i1 %1955, i32 %1953, i32 %1928
	%1957 = add i32 %1924, 1792
	%1958 = icmp slt i32 %1957, %15
	%1959 = icmp slt i32 %1957, %1928
	%1960 = select i1 %1959, i32 %1957, i32 %1928
	%1961 = sub i32 %NK, 1
	%1962 = icmp slt i32 %1929, %1961
	%1963 = select i1 %1962, i32 %1929, i32 %1961
	%1964 = add i32 %1528, %1963
	%1965 = sext i32 %1964 to i64
	%1966 = getelementptr float, float* %e, i64 %1965
	%1967 = load float, float* %1966
	%1968 = icmp slt i32 %1933, %1961
	%1969 = select i1 %1968, i32 %1933, i32 %1961
	%1970 = add i32 %1528, %1969
	%1971 = sext i32 %1970 to i64
	%1972 = getelementptr float, float* %e, i64 %1971
	%1973 = load float, float* %1972
	%1974 = icmp slt i32 %1937, %1961
	%1975 = select i1 %1974, i32 %1937, i32 %1961
	%1976 = add i32 %1528, %1975
	%1977 = sext i32 %1976 to i64
	%1978 = getelementptr float, float* %e, i64 %1977
	%1979 = load float, float* %1978
	%1980 = icmp slt i32 %1941, %1961
	%1981 = select i1 %1980, i32 %1941, i32 %1961
	%1982 = add i32 %1528, %1981
	%1983 = sext i32 %1982 to i64
	%1984 = getelementptr float, float* %e, i64 %1983
	%1985 = load float, float* %1984
	%1986 = icmp slt i32 %1945, %1961
	%1987 = select i1 %1986, i32 %1945, i32 %1961
	%1988 = add i32 %1528, %1987
	%1989 = sext i32 %1988 to i64
	%1990 = getelementptr float, float* %e, i64 %1989
	%1991 = load float, float* %1990
	%1992 = icmp slt i32 %1949, %1961
	%1993 = select i1 %1992, i32 %1949, i32 %1961
	%1994 = add i32 %1528, %1993
	%1995 = sext i32 %1994 to i64
	%1996 = getelementptr float, float* %e, i64 %1995
	%1997 = load float, float* %1996
	%1998 = icmp slt i32 %1953, %1961
	%1999 = select i1 %1998, i32 %1953, i32 %1961
	%2000 = add i32 %1528, %1999
	%2001 = sext i32 %2000 to i64
	%2002 = getelementptr float, float* %e, i64 %2001
	%2003 = load float, float* %2002
	%2004 = icmp slt i32 %1957, %1961
	%2005 = select i1 %2004, i32 %1957, i32 %1961
	%2006 = add i32 %1528, %2005
	%2007 = sext i32 %2006 to i64
	%2008 = getelementptr float, float* %e, i64 %2007
	%2009 = load float, float* %2008
	%2010 = icmp slt i32 %1929, %NK
	%2011 = fcmp oge float %1967, 0.0
	%2012 = and i1 %2010, %2011
	%2013 = icmp sge i32 %1929, %1544
	%2014 = icmp sle i32 %1929, %1552
	%2015 = and i1 %2013, %2014
	%2016 = or i1 false, %2015
	%2017 = icmp eq i32 %1929, 0
	%2018 = or i1 %2016, %2017
	%2019 = bitcast float %1967 to i32
	%2020 = add i32 %2019, 2
	%2021 = select i1 %2018, i32 1, i32 %2020
	%2022 = select i1 %2012, i32 %2021, i32 0
	%2023 = icmp slt i32 %1933, %NK
	%2024 = fcmp oge float %1973, 0.0
	%2025 = and i1 %2023, %2024
	%2026 = icmp sge i32 %1933, %1544
	%2027 = icmp sle i32 %1933, %1552
	%2028 = and i1 %2026, %2027
	%2029 = or i1 false, %2028
	%2030 = icmp eq i32 %1933, 0
	%2031 = or i1 %2029, %2030
	%2032 = bitcast float %1973 to i32
	%2033 = add i32 %2032, 2
	%2034 = select i1 %2031, i32 1, i32 %2033
	%2035 = select i1 %2025, i32 %2034, i32 0
	%2036 = icmp slt i32 %1937, %NK
	%2037 = fcmp oge float %1979, 0.0
	%2038 = and i1 %2036, %2037
	%2039 = icmp sge i32 %1937, %1544
	%2040 = icmp sle i32 %1937, %1552
	%2041 = and i1 %2039, %2040
	%2042 = or i1 false, %2041
	%2043 = icmp eq i32 %1937, 0
	%2044 = or i1 %2042, %2043
	%2045 = bitcast float %1979 to i32
	%2046 = add i32 %2045, 2
	%2047 = select i1 %2044, i32 1, i32 %2046
	%2048 = select i1 %2038, i32 %2047, i32 0
	%2049 = icmp slt i32 %1941, %NK
	%2050 = fcmp oge float %1985, 0.0
	%2051 = and i1 %2049, %2050
	%2052 = icmp sge i32 %1941, %1544
	%2053 = icmp sle i32 %1941, %1552
	%2054 = and i1 %2052, %2053
	%2055 = or i1 false, %2054
	%2056 = icmp eq i32 %1941, 0
	%2057 = or i1 %2055, %2056
	%2058 = bitcast float %1985 to i32
	%2059 = add i32 %2058, 2
	%2060 = select i1 %2057, i32 1, i32 %2059
	%2061 = select i1 %2051, i32 %2060, i32 0
	%2062 = icmp slt i32 %1945, %NK
	%2063 = fcmp oge float %1991, 0.0
	%2064 = and i1 %2062, %2063
	%2065 = icmp sge i32 %1945, %1544
	%2066 = icmp sle i32 %1945, %1552
	%2067 = and i1 %2065, %2066
	%2068 = or i1 false, %2067
	%2069 = icmp eq i32 %1945, 0
	%2070 = or i1 %2068, %2069
	%2071 = bitcast float %1991 to i32
	%2072 = add i32 %2071, 2
	%2073 = select i1 %2070, i32 1, i32 %2072
	%2074 = select i1 %2064, i32 %2073, i32 0
	%2075 = icmp slt i32 %1949, %NK
	%2076 = fcmp oge float %1997, 0.0
	%2077 = and i1 %2075, %2076
	%2078 = icmp sge i32 %1949, %1544
	%2079 = icmp sle i32 %1949, %1552
	%2080 = and i1 %2078, %2079
	%2081 = or i1 false, %2080
	%2082 = icmp eq i32 %1949, 0
	%2083 = or i1 %2081, %2082
	%2084 = bitcast float %1997 to i32
	%2085 = add i32 %2084, 2
	%2086 = select i1 %2083, i32 1, i32 %2085
	%2087 = select i1 %2077, i32 %2086, i32 0
	%2088 = icmp slt i32 %1953, %NK
	%2089 = fcmp oge float %2003, 0.0
	%2090 = and i1 %2088, %2089
	%2091 = icmp sge i32 %1953, %1544
	%2092 = icmp sle i32 %1953, %1552
	%2093 = and i1 %2091, %2092
	%2094 = or i1 false, %2093
	%2095 = icmp eq i32 %1953, 0
	%2096 = or i1 %2094, %2095
	%2097 = bitcast float %2003 to i32
	%2098 = add i32 %2097, 2
	%2099 = select i1 %2096, i32 1, i32 %2098
	%2100 = select i1 %2090, i32 %2099, i32 0
	%2101 = icmp slt i32 %1957, %NK
	%2102 = fcmp oge float %2009, 0.0
	%2103 = and i1 %2101, %2102
	%2104 = icmp sge i32 %1957, %1544
	%2105 = icmp sle i32 %1957, %1552
	%2106 = and i1 %2104, %2105
	%2107 = or i1 false, %2106
	%2108 = icmp eq i32 %1957, 0
	%2109 = or i1 %2107, %2108
	%2110 = bitcast float %2009 to i32
	%2111 = add i32 %2110, 2
	%2112 = select i1 %2109, i32 1, i32 %2111
	%2113 = select i1 %2103, i32 %2112, i32 0
	%2114 = icmp uge i32 %2022, 2
	%2115 = and i32 %2022, %11
	%2116 = icmp eq i32 %2115, %7
	%2117 = and i1 %2114, %2116
	%2118 = lshr i32 %2022, 0
	%2119 = and i32 %2118, 255
	%2120 = select i1 %2117, i32 %2119, i32 256
	%2121 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2120)
	%2122 = shl i32 1, %3
	%2123 = sub i32 %2122, 1
	%2124 = and i32 %2121, %2123
	%2125 = icmp eq i32 %2124, 0
	%2126 = and i1 %2117, %2125
	br i1 %2126, label %2128, label %2132

2127:
	br label %1892

2128:
	%2129 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2119
	%2130 = call i32 @llvm.ctpop.i32(i32 %2121)
	%2131 = atomicrmw add i32 addrspace(3)* %2129, i32 %2130 monotonic
	br label %2132

2132:
	%2133 = icmp uge i32 %2035, 2
	%2134 = and i32 %2035, %11
	%2135 = icmp eq i32 %2134, %7
	%2136 = and i1 %2133, %2135
	%2137 = lshr i32 %2035, 0
	%2138 = and i32 %2137, 255
	%2139 = select i1 %2136, i32 %2138, i32 256
	%2140 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2139)
	%2141 = shl i32 1, %3
	%2142 = sub i32 %2141, 1
	%2143 = and i32 %2140, %2142
	%2144 = icmp eq i32 %2143, 0
	%2145 = and i1 %2136, %2144
	br i1 %2145, label %2146, label %2150

2146:
	%2147 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2138
	%2148 = call i32 @llvm.ctpop.i32(i32 %2140)
	%2149 = atomicrmw add i32 addrspace(3)* %2147, i32 %2148 monotonic
	br label %2150

2150:
	%2151 = icmp uge i32 %2048, 2
	%2152 = and i32 %2048, %11
	%2153 = icmp eq i32 %2152, %7
	%2154 = and i1 %2151, %2153
	%2155 = lshr i32 %2048, 0
	%2156 = and i32 %2155, 255
	%2157 = select i1 %2154, i32 %2156, i32 256
	%2158 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2157)
	%2159 = shl i32 1, %3
	%2160 = sub i32 %2159, 1
	%2161 = and i32 %2158, %2160
	%2162 = icmp eq i32 %2161, 0
	%2163 = and i1 %2154, %2162
	br i1 %2163, label %2164, label %2168

2164:
	%2165 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2156
	%2166 = call i32 @llvm.ctpop.i32(i32 %2158)
	%2167 = atomicrmw add i32 addrspace(3)* %2165, i32 %2166 monotonic
	br label %2168

2168:
	%2169 = icmp uge i32 %2061, 2
	%2170 = and i32 %2061, %11
	%2171 = icmp eq i32 %2170, %7
	%2172 = and i1 %2169, %2171
	%2173 = lshr i32 %2061, 0
	%2174 = and i32 %2173, 255
	%2175 = select i1 %2172, i32 %2174, i32 256
	%2176 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2175)
	%2177 = shl i32 1, %3
	%2178 = sub i32 %2177, 1
	%2179 = and i32 %2176, %2178
	%2180 = icmp eq i32 %2179, 0
	%2181 = and i1 %2172, %2180
	br i1 %2181, label %2182, label %2186

2182:
	%2183 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2174
	%2184 = call i32 @llvm.ctpop.i32(i32 %2176)
	%2185 = atomicrmw add i32 addrspace(3)* %2183, i32 %2184 monotonic
	br label %2186

2186:
	%2187 = icmp uge i32 %2074, 2
	%2188 = and i32 %2074, %11
	%2189 = icmp eq i32 %2188, %7
	%2190 = and i1 %2187, %2189
	%2191 = lshr i32 %2074, 0
	%2192 = and i32 %2191, 255
	%2193 = select i1 %2190, i32 %2192, i32 256
	%2194 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2193)
	%2195 = shl i32 1, %3
	%2196 = sub i32 %2195, 1
	%2197 = and i32 %2194, %2196
	%2198 = icmp eq i32 %2197, 0
	%2199 = and i1 %2190, %2198
	br i1 %2199, label %2200, label %2204

2200:
	%2201 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2192
	%2202 = call i32 @llvm.ctpop.i32(i32 %2194)
	%2203 = atomicrmw add i32 addrspace(3)* %2201, i32 %2202 monotonic
	br label %2204

2204:
	%2205 = icmp uge i32 %2087, 2
	%2206 = and i32 %2087, %11
	%2207 = icmp eq i32 %2206, %7
	%2208 = and i1 %2205, %2207
	%2209 = lshr i32 %2087, 0
	%2210 = and i32 %2209, 255
	%2211 = select i1 %2208, i32 %2210, i32 256
	%2212 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2211)
	%2213 = shl i32 1, %3
	%2214 = sub i32 %2213, 1
	%2215 = and i32 %2212, %2214
	%2216 = icmp eq i32 %2215, 0
	%2217 = and i1 %2208, %2216
	br i1 %2217, label %2218, label %2222

2218:
	%2219 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2210
	%2220 = call i32 @llvm.ctpop.i32(i32 %2212)
	%2221 = atomicrmw add i32 addrspace(3)* %2219, i32 %2220 monotonic
	br label %2222

2222:
	%2223 = icmp uge i32 %2100, 2
	%2224 = and i32 %2100, %11
	%2225 = icmp eq i32 %2224, %7
	%2226 = and i1 %2223, %2225
	%2227 = lshr i32 %2100, 0
	%2228 = and i32 %2227, 255
	%2229 = select i1 %2226, i32 %2228, i32 256
	%2230 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2229)
	%2231 = shl i32 1, %3
	%2232 = sub i32 %2231, 1
	%2233 = and i32 %2230, %2232
	%2234 = icmp eq i32 %2233, 0
	%2235 = and i1 %2226, %2234
	br i1 %2235, label %2236, label %2240

2236:
	%2237 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2228
	%2238 = call i32 @llvm.ctpop.i32(i32 %2230)
	%2239 = atomicrmw add i32 addrspace(3)* %2237, i32 %2238 monotonic
	br label %2240

2240:
	%2241 = icmp uge i32 %2113, 2
	%2242 = and i32 %2113, %11
	%2243 = icmp eq i32 %2242, %7
	%2244 = and i1 %2241, %2243
	%2245 = lshr i32 %2113, 0
	%2246 = and i32 %2245, 255
	%2247 = select i1 %2244, i32 %2246, i32 256
	%2248 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2247)
	%2249 = shl i32 1, %3
	%2250 = sub i32 %2249, 1
	%2251 = and i32 %2248, %2250
	%2252 = icmp eq i32 %2251, 0
	%2253 = and i1 %2244, %2252
	br i1 %2253, label %2254, label %2258

2254:
	%2255 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2246
	%2256 = call i32 @llvm.ctpop.i32(i32 %2248)
	%2257 = atomicrmw add i32 addrspace(3)* %2255, i32 %2256 monotonic
	br label %2258

2258:
	%2259 = add i32 %1924, 2048
	br label %1923

2260:
	br label %2292

2261:
	%2262 = mul i32 %1, 8
	%2263 = add i32 %2262, 7
	%2264 = mul i32 %2, %NQ
	%2265 = add i32 %2264, %2263
	%2266 = mul i32 %2265, %NK
	%2267 = mul i32 %2263, 64
	%2268 = add i32 %2267, %off
	%2269 = add i32 %2263, 1
	%2270 = mul i32 %2269, 64
	%2271 = icmp slt i32 %2270, %M
	%2272 = select i1 %2271, i32 %2270, i32 %M
	%2273 = sub i32 %2272, 1
	%2274 = add i32 %2273, %off
	%2275 = icmp slt i32 %2268, 0
	%2276 = sub i32 0, %2268
	%2277 = sub i32 64, 1
	%2278 = add i32 %2276, %2277
	%2279 = sdiv i32 %2278, 64
	%2280 = sub i32 0, %2279
	%2281 = sdiv i32 %2268, 64
	%2282 = select i1 %2275, i32 %2280, i32 %2281
	%2283 = icmp slt i32 %2274, 0
	%2284 = sub i32 0, %2274
	%2285 = sub i32 64, 1
	%2286 = add i32 %2284, %2285
	%2287 = sdiv i32 %2286, 64
	%2288 = sub i32 0, %2287
	%2289 = sdiv i32 %2274, 64
	%2290 = select i1 %2283, i32 %2288, i32 %2289
	%2291 = icmp slt i32 %2263, %NQ
	br i1 %2291, label %2629, label %2630

2292:
	%2293 = phi i32 [ %0, %2260 ], [ %2628, %2627 ]
	%2294 = phi i32 [ 0, %2260 ], [ %2294, %2627 ]
	%2295 = icmp slt i32 %2293, %15
	br i1 %2295, label %2296, label %2496

2296:
	%2297 = sub i32 %15, 1
	%2298 = add i32 %2293, 0
	%2299 = icmp slt i32 %2298, %15
	%2300 = icmp slt i32 %2298, %2297
	%2301 = select i1 %2300, i32 %2298, i32 %2297
	%2302 = add i32 %2293, 256
	%2303 = icmp slt i32 %2302, %15
	%2304 = icmp slt i32 %2302, %2297
	%2305 = select i1 %2304, i32 %2302, i32 %2297
	%2306 = add i32 %2293, 512
	%2307 = icmp slt i32 %2306, %15
	%2308 = icmp slt i32 %2306, %2297
	%2309 = select i1 %2308, i32 %2306, i32 %2297
	%2310 = add i32 %2293, 768
	%2311 = icmp slt i32 %2310, %15
	%2312 = icmp slt i32 %2310, %2297
	%2313 = select i1 %2312, i32 %2310, i32 %2297
	%2314 = add i32 %2293, 1024
	%2315 = icmp slt i32 %2314, %15
	%2316 = icmp slt i32 %2314, %2297
	%2317 = select i1 %2316, i32 %2314, i32 %2297
	%2318 = add i32 %2293, 1280
	%2319 = icmp slt i32 %2318, %15
	%2320 = icmp slt i32 %2318, %2297
	%2321 = select i1 %2320, i32 %2318, i32 %2297
	%2322 = add i32 %2293, 1536
	%2323 = icmp slt i32 %2322, %15
	%2324 = icmp slt i32 %2322, %2297
	%2325 = select i1 %2324, i32 %2322, i32 %2297
	%2326 = add i32 %2293, 1792
	%2327 = icmp slt i32 %2326, %15
	%2328 = icmp slt i32 %2326, %2297
	%2329 = select i1 %2328, i32 %2326, i32 %2297
	%2330 = sub i32 %NK, 1
	%2331 = icmp slt i32 %2298, %2330
	%2332 = select i1 %2331, i32 %2298, i32 %2330
	%2333 = add i32 %1897, %2332
	%2334 = sext i32 %2333 to i64
	%2335 = getelementptr float, float* %e, i64 %2334
	%2336 = load float, float* %2335
	%2337 = icmp slt i32 %2302, %2330
	%2338 = select i1 %2337, i32 %2302, i32 %2330
	%2339 = add i32 %1897, %2338
	%2340 = sext i32 %2339 to i64
	%2341 = getelementptr float, float* %e, i64 %2340
	%2342 = load float, float* %2341
	%2343 = icmp slt i32 %2306, %2330
	%2344 = select i1 %2343, i32 %2306, i32 %2330
	%2345 = add i32 %1897, %2344
	%2346 = sext i32 %2345 to i64
	%2347 = getelementptr float, float* %e, i64 %2346
	%2348 = load float, float* %2347
	%2349 = icmp slt i32 %2310, %2330
	%2350 = select i1 %2349, i32 %2310, i32 %2330
	%2351 = add i32 %1897, %2350
	%2352 = sext i32 %2351 to i64
	%2353 = getelementptr float, float* %e, i64 %2352
	%2354 = load float, float* %2353
	%2355 = icmp slt i32 %2314, %2330
	%2356 = select i1 %2355, i32 %2314, i32 %2330
	%2357 = add i32 %1897, %2356
	%2358 = sext i32 %2357 to i64
	%2359 = getelementptr float, float* %e, i64 %2358
	%2360 = load float, float* %2359
	%2361 = icmp slt i32 %2318, %2330
	%2362 = select i1 %2361, i32 %2318, i32 %2330
	%2363 = add i32 %1897, %2362
	%2364 = sext i32 %2363 to i64
	%2365 = getelementptr float, float* %e, i64 %2364
	%2366 = load float, float* %2365
	%2367 = icmp slt i32 %2322, %2330
	%2368 = select i1 %2367, i32 %2322, i32 %2330
	%2369 = add i32 %1897, %2368
	%2370 = sext i32 %2369 to i64
	%2371 = getelementptr float, float* %e, i64 %2370
	%2372 = load float, float* %2371
	%2373 = icmp slt i32 %2326, %2330
	%2374 = select i1 %2373, i32 %2326, i32 %2330
	%2375 = add i32 %1897, %2374
	%2376 = sext i32 %2375 to i64
	%2377 = getelementptr float, float* %e, i64 %2376
	%2378 = load float, float* %2377
	%2379 = icmp slt i32 %2298, %NK
	%2380 = fcmp oge float %2336, 0.0
	%2381 = and i1 %2379, %2380
	%2382 = icmp sge i32 %2298, %1913
	%2383 = icmp sle i32 %2298, %1921
	%2384 = and i1 %2382, %2383
	%2385 = or i1 false, %2384
	%2386 = icmp eq i32 %2298, 0
	%2387 = or i1 %2385, %2386
	%2388 = bitcast float %2336 to i32
	%2389 = add i32 %2388, 2
	%2390 = select i1 %2387, i32 1, i32 %2389
	%2391 = select i1 %2381, i32 %2390, i32 0
	%2392 = icmp slt i32 %2302, %NK
	%2393 = fcmp oge float %2342, 0.0
	%2394 = and i1 %2392, %2393
	%2395 = icmp sge i32 %2302, %1913
	%2396 = icmp sle i32 %2302, %1921
	%2397 = and i1 %2395, %2396
	%2398 = or i1 false, %2397
	%2399 = icmp eq i32 %2302, 0
	%2400 = or i1 %2398, %2399
	%2401 = bitcast float %2342 to i32
	%2402 = add i32 %2401, 2
	%2403 = select i1 %2400, i32 1, i32 %2402
	%2404 = select i1 %2394, i32 %2403, i32 0
	%2405 = icmp slt i32 %2306, %NK
	%2406 = fcmp oge float %2348, 0.0
	%2407 = and i1 %2405, %2406
	%2408 = icmp sge i32 %2306, %1913
	%2409 = icmp sle i32 %2306, %1921
	%2410 = and i1 %2408, %2409
	%2411 = or i1 false, %2410
	%2412 = icmp eq i32 %2306, 0
	%2413 = or i1 %2411, %2412
	%2414 = bitcast float %2348 to i32
	%2415 = add i32 %2414, 2
	%2416 = select i1 %2413, i32 1, i32 %2415
	%2417 = select i1 %2407, i32 %2416, i32 0
	%2418 = icmp slt i32 %2310, %NK
	%2419 = fcmp oge float %2354, 0.0
	%2420 = and i1 %2418, %2419
	%2421 = icmp sge i32 %2310, %1913
	%2422 = icmp sle i32 %2310, %1921
	%2423 = and i1 %2421, %2422
	%2424 = or i1 false, %2423
	%2425 = icmp eq i32 %2310, 0
	%2426 = or i1 %2424, %2425
	%2427 = bitcast float %2354 to i32
	%2428 = add i32 %2427, 2
	%2429 = select i1 %2426, i32 1, i32 %2428
	%2430 = select i1 %2420, i32 %2429, i32 0
	%2431 = icmp slt i32 %2314, %NK
	%2432 = fcmp oge float %2360, 0.0
	%2433 = and i1 %2431, %2432
	%2434 = icmp sge i32 %2314, %1913
	%2435 = icmp sle i32 %2314, %1921
	%2436 = and i1 %2434, %2435
	%2437 = or i1 false, %2436
	%2438 = icmp eq i32 %2314, 0
	%2439 = or i1 %2437, %2438
	%2440 = bitcast float %2360 to i32
	%2441 = add i32 %2440, 2
	%2442 = select i1 %2439, i32 1, i32 %2441
	%2443 = select i1 %2433, i32 %2442, i32 0
	%2444 = icmp slt i32 %2318, %NK
	%2445 = fcmp oge float %2366, 0.0
	%2446 = and i1 %2444, %2445
	%2447 = icmp sge i32 %2318, %1913
	%2448 = icmp sle i32 %2318, %1921
	%2449 = and i1 %2447, %2448
	%2450 = or i1 false, %2449
	%2451 = icmp eq i32 %2318, 0
	%2452 = or i1 %2450, %2451
	%2453 = bitcast float %2366 to i32
	%2454 = add i32 %2453, 2
	%2455 = select i1 %2452, i32 1, i32 %2454
	%2456 = select i1 %2446, i32 %2455, i32 0
	%2457 = icmp slt i32 %2322, %NK
	%2458 = fcmp oge float %2372, 0.0
	%2459 = and i1 %2457, %2458
	%2460 = icmp sge i32 %2322, %1913
	%2461 = icmp sle i32 %2322, %1921
	%2462 = and i1 %2460, %2461
	%2463 = or i1 false, %2462
	%2464 = icmp eq i32 %2322, 0
	%2465 = or i1 %2463, %2464
	%2466 = bitcast float %2372 to i32
	%2467 = add i32 %2466, 2
	%2468 = select i1 %2465, i32 1, i32 %2467
	%2469 = select i1 %2459, i32 %2468, i32 0
	%2470 = icmp slt i32 %2326, %NK
	%2471 = fcmp oge float %2378, 0.0
	%2472 = and i1 %2470, %2471
	%2473 = icmp sge i32 %2326, %1913
	%2474 = icmp sle i32 %2326, %1921
	%2475 = and i1 %2473, %2474
	%2476 = or i1 false, %2475
	%2477 = icmp eq i32 %2326, 0
	%2478 = or i1 %2476, %2477
	%2479 = bitcast float %2378 to i32
	%2480 = add i32 %2479, 2
	%2481 = select i1 %2478, i32 1, i32 %2480
	%2482 = select i1 %2472, i32 %2481, i32 0
	%2483 = icmp uge i32 %2391, 2
	%2484 = and i32 %2391, %11
	%2485 = icmp eq i32 %2484, %7
	%2486 = and i1 %2483, %2485
	%2487 = lshr i32 %2391, 0
	%2488 = and i32 %2487, 255
	%2489 = select i1 %2486, i32 %2488, i32 256
	%2490 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2489)
	%2491 = shl i32 1, %3
	%2492 = sub i32 %2491, 1
	%2493 = and i32 %2490, %2492
	%2494 = icmp eq i32 %2493, 0
	%2495 = and i1 %2486, %2494
	br i1 %2495, label %2497, label %2501

2496:
	br label %2261

2497:
	%2498 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2488
	%2499 = call i32 @llvm.ctpop.i32(i32 %2490)
	%2500 = atomicrmw add i32 addrspace(3)* %2498, i32 %2499 monotonic
	br label %2501

2501:
	%2502 = icmp uge i32 %2404, 2
	%2503 = and i32 %2404, %11
	%2504 = icmp eq i32 %2503, %7
	%2505 = and i1 %2502, %2504
	%2506 = lshr i32 %2404, 0
	%2507 = and i32 %2506, 255
	%2508 = select i1 %2505, i32 %2507, i32 256
	%2509 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2508)
	%2510 = shl i32 1, %3
	%2511 = sub i32 %2510, 1
	%2512 = and i32 %2509, %2511
	%2513 = icmp eq i32 %2512, 0
	%2514 = and i1 %2505, %2513
	br i1 %2514, label %2515, label %2519

2515:
	%2516 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2507
	%2517 = call i32 @llvm.ctpop.i32(i32 %2509)
	%2518 = atomicrmw add i32 addrspace(3)* %2516, i32 %2517 monotonic
	br label %2519

2519:
	%2520 = icmp uge i32 %2417, 2
	%2521 = and i32 %2417, %11
	%2522 = icmp eq i32 %2521, %7
	%2523 = and i1 %2520, %2522
	%2524 = lshr i32 %2417, 0
	%2525 = and i32 %2524, 255
	%2526 = select i1 %2523, i32 %2525, i32 256
	%2527 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2526)
	%2528 = shl i32 1, %3
	%2529 = sub i32 %2528, 1
	%2530 = and i32 %2527, %2529
	%2531 = icmp eq i32 %2530, 0
	%2532 = and i1 %2523, %2531
	br i1 %2532, label %2533, label %2537

2533:
	%2534 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2525
	%2535 = call i32 @llvm.ctpop.i32(i32 %2527)
	%2536 = atomicrmw add i32 addrspace(3)* %2534, i32 %2535 monotonic
	br label %2537

2537:
	%2538 = icmp uge i32 %2430, 2
	%2539 = and i32 %2430, %11
	%2540 = icmp eq i32 %2539, %7
	%2541 = and i1 %2538, %2540
	%2542 = lshr i32 %2430, 0
	%2543 = and i32 %2542, 255
	%2544 = select i1 %2541, i32 %2543, i32 256
	%2545 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2544)
	%2546 = shl i32 1, %3
	%2547 = sub i32 %2546, 1
	%2548 = and i32 %2545, %2547
	%2549 = icmp eq i32 %2548, 0
	%2550 = and i1 %2541, %2549
	br i1 %2550, label %2551, label %2555

2551:
	%2552 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2543
	%2553 = call i32 @llvm.ctpop.i32(i32 %2545)
	%2554 = atomicrmw add i32 addrspace(3)* %2552, i32 %2553 monotonic
	br label %2555

2555:
	%2556 = icmp uge i32 %2443, 2
	%2557 = and i32 %2443, %11
	%2558 = icmp eq i32 %2557, %7
	%2559 = and i1 %2556, %2558
	%2560 = lshr i32 %2443, 0
	%2561 = and i32 %2560, 255
	%2562 = select i1 %2559, i32 %2561, i32 256
	%2563 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2562)
	%2564 = shl i32 1, %3
	%2565 = sub i32 %2564, 1
	%2566 = and i32 %2563, %2565
	%2567 = icmp eq i32 %2566, 0
	%2568 = and i1 %2559, %2567
	br i1 %2568, label %2569, label %2573

2569:
	%2570 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2561
	%2571 = call i32 @llvm.ctpop.i32(i32 %2563)
	%2572 = atomicrmw add i32 addrspace(3)* %2570, i32 %2571 monotonic
	br label %2573

2573:
	%2574 = icmp uge i32 %2456, 2
	%2575 = and i32 %2456, %11
	%2576 = icmp eq i32 %2575, %7
	%2577 = and i1 %2574, %2576
	%2578 = lshr i32 %2456, 0
	%2579 = and i32 %2578, 255
	%2580 = select i1 %2577, i32 %2579, i32 256
	%2581 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2580)
	%2582 = shl i32 1, %3
	%2583 = sub i32 %2582, 1
	%2584 = and i32 %2581, %2583
	%2585 = icmp eq i32 %2584, 0
	%2586 = and i1 %2577, %2585
	br i1 %2586, label %2587, label %2591

2587:
	%2588 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2579
	%2589 = call i32 @llvm.ctpop.i32(i32 %2581)
	%2590 = atomicrmw add i32 addrspace(3)* %2588, i32 %2589 monotonic
	br label %2591

2591:
	%2592 = icmp uge i32 %2469, 2
	%2593 = and i32 %2469, %11
	%2594 = icmp eq i32 %2593, %7
	%2595 = and i1 %2592, %2594
	%2596 = lshr i32 %2469, 0
	%2597 = and i32 %2596, 255
	%2598 = select i1 %2595, i32 %2597, i32 256
	%2599 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2598)
	%2600 = shl i32 1, %3
	%2601 = sub i32 %2600, 1
	%2602 = and i32 %2599, %2601
	%2603 = icmp eq i32 %2602, 0
	%2604 = and i1 %2595, %2603
	br i1 %2604, label %2605, label %2609

2605:
	%2606 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2597
	%2607 = call i32 @llvm.ctpop.i32(i32 %2599)
	%2608 = atomicrmw add i32 addrspace(3)* %2606, i32 %2607 monotonic
	br label %2609

2609:
	%2610 = icmp uge i32 %2482, 2
	%2611 = and i32 %2482, %11
	%2612 = icmp eq i32 %2611, %7
	%2613 = and i1 %2610, %2612
	%2614 = lshr i32 %2482, 0
	%2615 = and i32 %2614, 255
	%2616 = select i1 %2613, i32 %2615, i32 256
	%2617 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2616)
	%2618 = shl i32 1, %3
	%2619 = sub i32 %2618, 1
	%2620 = and i32 %2617, %2619
	%2621 = icmp eq i32 %2620, 0
	%2622 = and i1 %2613, %2621
	br i1 %2622, label %2623, label %2627

2623:
	%2624 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2615
	%2625 = call i32 @llvm.ctpop.i32(i32 %2617)
	%2626 = atomicrmw add i32 addrspace(3)* %2624, i32 %2625 monotonic
	br label %2627

2627:
	%2628 = add i32 %2293, 2048
	br label %2292

2629:
	br label %2634

2630:
	call void @llvm.nvvm.barrier0()
	%2631 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %0
	%2632 = load i32, i32 addrspace(3)* %2631
	%2633 = icmp ne i32 %2632, 0
	br i1 %2633, label %2971, label %2977

2634:
	%2635 = phi i32 [ %0, %2629 ], [ %2970, %2969 ]
	%2636 = phi i32 [ 0, %2629 ], [ %2636, %2969 ]
	%2637 = icmp slt i32 %2635, %15
	br i1 %2637, label %2638, label %2838

2638:
	%2639 = sub i32 %15, 1
	%2640 = add i32 %2635, 0
	%2641 = icmp slt i32 %2640, %15
	%2642 = icmp slt i32 %2640, %2639
	%2643 = select i1 %2642, i32 %2640, i32 %2639
	%2644 = add i32 %2635, 256
	%2645 = icmp slt i32 %2644, %15
	%2646 = icmp slt i32 %2644, %2639
	%2647 = select i1 %2646, i32 %2644, i32 %2639
	%2648 = add i32 %2635, 512
	%2649 = icmp slt i32 %2648, %15
	%2650 = icmp slt i32 %2648, %2639
	%2651 = select i1 %2650, i32 %2648, i32 %2639
	%2652 = add i32 %2635, 768
	%2653 = icmp slt i32 %2652, %15
	%2654 = icmp slt i32 %2652, %2639
	%2655 = select i1 %2654, i32 %2652, i32 %2639
	%2656 = add i32 %2635, 1024
	%2657 = icmp slt i32 %2656, %15
	%2658 = icmp slt i32 %2656, %2639
	%2659 = select i1 %2658, i32 %2656, i32 %2639
	%2660 = add i32 %2635, 1280
	%2661 = icmp slt i32 %2660, %15
	%2662 = icmp slt i32 %2660, %2639
	%2663 = select i1 %2662, i32 %2660, i32 %2639
	%2664 = add i32 %2635, 1536
	%2665 = icmp slt i32 %2664, %15
	%2666 = icmp slt i32 %2664, %2639
	%2667 = select i1 %2666, i32 %2664, i32 %2639
	%2668 = add i32 %2635, 1792
	%2669 = icmp slt i32 %2668, %15
	%2670 = icmp slt i32 %2668, %2639
	%2671 = select i1 %2670, i32 %2668, i32 %2639
	%2672 = sub i32 %NK, 1
	%2673 = icmp slt i32 %2640, %2672
	%2674 = select i1 %2673, i32 %2640, i32 %2672
	%2675 = add i32 %2266, %2674
	%2676 = sext i32 %2675 to i64
	%2677 = getelementptr float, float* %e, i64 %2676
	%2678 = load float, float* %2677
	%2679 = icmp slt i32 %2644, %2672
	%2680 = select i1 %2679, i32 %2644, i32 %2672
	%2681 = add i32 %2266, %2680
	%2682 = sext i32 %2681 to i64
	%2683 = getelementptr float, float* %e, i64 %2682
	%2684 = load float, float* %2683
	%2685 = icmp slt i32 %2648, %2672
	%2686 = select i1 %2685, i32 %2648, i32 %2672
	%2687 = add i32 %2266, %2686
	%2688 = sext i32 %2687 to i64
	%2689 = getelementptr float, float* %e, i64 %2688
	%2690 = load float, float* %2689
	%2691 = icmp slt i32 %2652, %2672
	%2692 = select i1 %2691, i32 %2652, i32 %2672
	%2693 = add i32 %2266, %2692
	%2694 = sext i32 %2693 to i64
	%2695 = getelementptr float, float* %e, i64 %2694
	%2696 = load float, float* %2695
	%2697 = icmp slt i32 %2656, %2672
	%2698 = select i1 %2697, i32 %2656, i32 %2672
	%2699 = add i32 %2266, %2698
	%2700 = sext i32 %2699 to i64
	%2701 = getelementptr float, float* %e, i64 %2700
	%2702 = load float, float* %2701
	%2703 = icmp slt i32 %2660, %2672
	%2704 = select i1 %2703, i32 %2660, i32 %2672
	%2705 = add i32 %2266, %2704
	%2706 = sext i32 %2705 to i64
	%2707 = getelementptr float, float* %e, i64 %2706
	%2708 = load float, float* %2707
	%2709 = icmp slt i32 %2664, %2672
	%2710 = select i1 %2709, i32 %2664, i32 %2672
	%2711 = add i32 %2266, %2710
	%2712 = sext i32 %2711 to i64
	%2713 = getelementptr float, float* %e, i64 %2712
	%2714 = load float, float* %2713
	%2715 = icmp slt i32 %2668, %2672
	%2716 = select i1 %2715, i32 %2668, i32 %2672
	%2717 = add i32 %2266, %2716
	%2718 = sext i32 %2717 to i64
	%2719 = getelementptr float, float* %e, i64 %2718
	%2720 = load float, float* %2719
	%2721 = icmp slt i32 %2640, %NK
	%2722 = fcmp oge float %2678, 0.0
	%2723 = and i1 %2721, %2722
	%2724 = icmp sge i32 %2640, %2282
	%2725 = icmp sle i32 %2640, %2290
	%2726 = and i1 %2724, %2725
	%2727 = or i1 false, %2726
	%2728 = icmp eq i32 %2640, 0
	%2729 = or i1 %2727, %2728
	%2730 = bitcast float %2678 to i32
	%2731 = add i32 %2730, 2
	%2732 = select i1 %2729, i32 1, i32 %2731
	%2733 = select i1 %2723, i32 %2732, i32 0
	%2734 = icmp slt i32 %2644, %NK
	%2735 = fcmp oge float %2684, 0.0
	%2736 = and i1 %2734, %2735
	%2737 = icmp sge i32 %2644, %2282
	%2738 = icmp sle i32 %2644, %2290
	%2739 = and i1 %2737, %2738
	%2740 = or i1 false, %2739
	%2741 = icmp eq i32 %2644, 0
	%2742 = or i1 %2740, %2741
	%2743 = bitcast float %2684 to i32
	%2744 = add i32 %2743, 2
	%2745 = select i1 %2742, i32 1, i32 %2744
	%2746 = select i1 %2736, i32 %2745, i32 0
	%2747 = icmp slt i32 %2648, %NK
	%2748 = fcmp oge float %2690, 0.0
	%2749 = and i1 %2747, %2748
	%2750 = icmp sge i32 %2648, %2282
	%2751 = icmp sle i32 %2648, %2290
	%2752 = and i1 %2750, %2751
	%2753 = or i1 false, %2752
	%2754 = icmp eq i32 %2648, 0
	%2755 = or i1 %2753, %2754
	%2756 = bitcast float %2690 to i32
	%2757 = add i32 %2756, 2
	%2758 = select i1 %2755, i32 1, i32 %2757
	%2759 = select i1 %2749, i32 %2758, i32 0
	%2760 = icmp slt i32 %2652, %NK
	%2761 = fcmp oge float %2696, 0.0
	%2762 = and i1 %2760, %2761
	%2763 = icmp sge i32 %2652, %2282
	%2764 = icmp sle i32 %2652, %2290
	%2765 = and i1 %2763, %2764
	%2766 = or i1 false, %2765
	%2767 = icmp eq i32 %2652, 0
	%2768 = or i1 %2766, %2767
	%2769 = bitcast float %2696 to i32
	%2770 = add i32 %2769, 2
	%2771 = select i1 %2768, i32 1, i32 %2770
	%2772 = select i1 %2762, i32 %2771, i32 0
	%2773 = icmp slt i32 %2656, %NK
	%2774 = fcmp oge float %2702, 0.0
	%2775 = and i1 %2773, %2774
	%2776 = icmp sge i32 %2656, %2282
	%2777 = icmp sle i32 %2656, %2290
	%2778 = and i1 %2776, %2777
	%2779 = or i1 false, %2778
	%2780 = icmp eq i32 %2656, 0
	%2781 = or i1 %2779, %2780
	%2782 = bitcast float %2702 to i32
	%2783 = add i32 %2782, 2
	%2784 = select i1 %2781, i32 1, i32 %2783
	%2785 = select i1 %2775, i32 %2784, i32 0
	%2786 = icmp slt i32 %2660, %NK
	%2787 = fcmp oge float %2708, 0.0
	%2788 = and i1 %2786, %2787
	%2789 = icmp sge i32 %2660, %2282
	%2790 = icmp sle i32 %2660, %2290
	%2791 = and i1 %2789, %2790
	%2792 = or i1 false, %2791
	%2793 = icmp eq i32 %2660, 0
	%2794 = or i1 %2792, %2793
	%2795 = bitcast float %2708 to i32
	%2796 = add i32 %2795, 2
	%2797 = select i1 %2794, i32 1, i32 %2796
	%2798 = select i1 %2788, i32 %2797, i32 0
	%2799 = icmp slt i32 %2664, %NK
	%2800 = fcmp oge float %2714, 0.0
	%2801 = and i1 %2799, %2800
	%2802 = icmp sge i32 %2664, %2282
	%2803 = icmp sle i32 %2664, %2290
	%2804 = and i1 %2802, %2803
	%2805 = or i1 false, %2804
	%2806 = icmp eq i32 %2664, 0
	%2807 = or i1 %2805, %2806
	%2808 = bitcast float %2714 to i32
	%2809 = add i32 %2808, 2
	%2810 = select i1 %2807, i32 1, i32 %2809
	%2811 = select i1 %2801, i32 %2810, i32 0
	%2812 = icmp slt i32 %2668, %NK
	%2813 = fcmp oge float %2720, 0.0
	%2814 = and i1 %2812, %2813
	%2815 = icmp sge i32 %2668, %2282
	%2816 = icmp sle i32 %2668, %2290
	%2817 = and i1 %2815, %2816
	%2818 = or i1 false, %2817
	%2819 = icmp eq i32 %2668, 0
	%2820 = or i1 %2818, %2819
	%2821 = bitcast float %2720 to i32
	%2822 = add i32 %2821, 2
	%2823 = select i1 %2820, i32 1, i32 %2822
	%2824 = select i1 %2814, i32 %2823, i32 0
	%2825 = icmp uge i32 %2733, 2
	%2826 = and i32 %2733, %11
	%2827 = icmp eq i32 %2826, %7
	%2828 = and i1 %2825, %2827
	%2829 = lshr i32 %2733, 0
	%2830 = and i32 %2829, 255
	%2831 = select i1 %2828, i32 %2830, i32 256
	%2832 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2831)
	%2833 = shl i32 1, %3
	%2834 = sub i32 %2833, 1
	%2835 = and i32 %2832, %2834
	%2836 = icmp eq i32 %2835, 0
	%2837 = and i1 %2828, %2836
	br i1 %2837, label %2839, label %2843

2838:
	br label %2630

2839:
	%2840 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2830
	%2841 = call i32 @llvm.ctpop.i32(i32 %2832)
	%2842 = atomicrmw add i32 addrspace(3)* %2840, i32 %2841 monotonic
	br label %2843

2843:
	%2844 = icmp uge i32 %2746, 2
	%2845 = and i32 %2746, %11
	%2846 = icmp eq i32 %2845, %7
	%2847 = and i1 %2844, %2846
	%2848 = lshr i32 %2746, 0
	%2849 = and i32 %2848, 255
	%2850 = select i1 %2847, i32 %2849, i32 256
	%2851 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2850)
	%2852 = shl i32 1, %3
	%2853 = sub i32 %2852, 1
	%2854 = and i32 %2851, %2853
	%2855 = icmp eq i32 %2854, 0
	%2856 = and i1 %2847, %2855
	br i1 %2856, label %2857, label %2861

2857:
	%2858 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2849
	%2859 = call i32 @llvm.ctpop.i32(i32 %2851)
	%2860 = atomicrmw add i32 addrspace(3)* %2858, i32 %2859 monotonic
	br label %2861

2861:
	%2862 = icmp uge i32 %2759, 2
	%2863 = and i32 %2759, %11
	%2864 = icmp eq i32 %2863, %7
	%2865 = and i1 %2862, %2864
	%2866 = lshr i32 %2759, 0
	%2867 = and i32 %2866, 255
	%2868 = select i1 %2865, i32 %2867, i32 256
	%2869 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2868)
	%2870 = shl i32 1, %3
	%2871 = sub i32 %2870, 1
	%2872 = and i32 %2869, %2871
	%2873 = icmp eq i32 %2872, 0
	%2874 = and i1 %2865, %2873
	br i1 %2874, label %2875, label %2879

2875:
	%2876 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2867
	%2877 = call i32 @llvm.ctpop.i32(i32 %2869)
	%2878 = atomicrmw add i32 addrspace(3)* %2876, i32 %2877 monotonic
	br label %2879

2879:
	%2880 = icmp uge i32 %2772, 2
	%2881 = and i32 %2772, %11
	%2882 = icmp eq i32 %2881, %7
	%2883 = and i1 %2880, %2882
	%2884 = lshr i32 %2772, 0
	%2885 = and i32 %2884, 255
	%2886 = select i1 %2883, i32 %2885, i32 256
	%2887 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2886)
	%2888 = shl i32 1, %3
	%2889 = sub i32 %2888, 1
	%2890 = and i32 %2887, %2889
	%2891 = icmp eq i32 %2890, 0
	%2892 = and i1 %2883, %2891
	br i1 %2892, label %2893, label %2897

2893:
	%2894 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2885
	%2895 = call i32 @llvm.ctpop.i32(i32 %2887)
	%2896 = atomicrmw add i32 addrspace(3)* %2894, i32 %2895 monotonic
	br label %2897

2897:
	%2898 = icmp uge i32 %2785, 2
	%2899 = and i32 %2785, %11
	%2900 = icmp eq i32 %2899, %7
	%2901 = and i1 %2898, %2900
	%2902 = lshr i32 %2785, 0
	%2903 = and i32 %2902, 255
	%2904 = select i1 %2901, i32 %2903, i32 256
	%2905 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2904)
	%2906 = shl i32 1, %3
	%2907 = sub i32 %2906, 1
	%2908 = and i32 %2905, %2907
	%2909 = icmp eq i32 %2908, 0
	%2910 = and i1 %2901, %2909
	br i1 %2910, label %2911, label %2915

2911:
	%2912 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2903
	%2913 = call i32 @llvm.ctpop.i32(i32 %2905)
	%2914 = atomicrmw add i32 addrspace(3)* %2912, i32 %2913 monotonic
	br label %2915

2915:
	%2916 = icmp uge i32 %2798, 2
	%2917 = and i32 %2798, %11
	%2918 = icmp eq i32 %2917, %7
	%2919 = and i1 %2916, %2918
	%2920 = lshr i32 %2798, 0
	%2921 = and i32 %2920, 255
	%2922 = select i1 %2919, i32 %2921, i32 256
	%2923 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2922)
	%2924 = shl i32 1, %3
	%2925 = sub i32 %2924, 1
	%2926 = and i32 %2923, %2925
	%2927 = icmp eq i32 %2926, 0
	%2928 = and i1 %2919, %2927
	br i1 %2928, label %2929, label %2933

2929:
	%2930 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2921
	%2931 = call i32 @llvm.ctpop.i32(i32 %2923)
	%2932 = atomicrmw add i32 addrspace(3)* %2930, i32 %2931 monotonic
	br label %2933

2933:
	%2934 = icmp uge i32 %2811, 2
	%2935 = and i32 %2811, %11
	%2936 = icmp eq i32 %2935, %7
	%2937 = and i1 %2934, %2936
	%2938 = lshr i32 %2811, 0
	%2939 = and i32 %2938, 255
	%2940 = select i1 %2937, i32 %2939, i32 256
	%2941 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2940)
	%2942 = shl i32 1, %3
	%2943 = sub i32 %2942, 1
	%2944 = and i32 %2941, %2943
	%2945 = icmp eq i32 %2944, 0
	%2946 = and i1 %2937, %2945
	br i1 %2946, label %2947, label %2951

2947:
	%2948 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2939
	%2949 = call i32 @llvm.ctpop.i32(i32 %2941)
	%2950 = atomicrmw add i32 addrspace(3)* %2948, i32 %2949 monotonic
	br label %2951

2951:
	%2952 = icmp uge i32 %2824, 2
	%2953 = and i32 %2824, %11
	%2954 = icmp eq i32 %2953, %7
	%2955 = and i1 %2952, %2954
	%2956 = lshr i32 %2824, 0
	%2957 = and i32 %2956, 255
	%2958 = select i1 %2955, i32 %2957, i32 256
	%2959 = call i32 @llvm.nvvm.match.any.sync.i32(i32 -1, i32 %2958)
	%2960 = shl i32 1, %3
	%2961 = sub i32 %2960, 1
	%2962 = and i32 %2959, %2961
	%2963 = icmp eq i32 %2962, 0
	%2964 = and i1 %2955, %2963
	br i1 %2964, label %2965, label %2969

2965:
	%2966 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_hist0_hist, i32 0, i32 %2957
	%2967 = call i32 @llvm.ctpop.i32(i32 %2959)
	%2968 = atomicrmw add i32 addrspace(3)* %2966, i32 %2967 monotonic
	br label %2969

2969:
	%2970 = add i32 %2635, 2048
	br label %2634

2971:
	%2972 = mul i32 0, 256
	%2973 = add i32 %2972, %0
	%2974 = sext i32 %2973 to i64
	%2975 = getelementptr i32, i32* %hist, i64 %2974
	%2976 = atomicrmw add i32* %2975, i32 %2632 monotonic
	br label %2977

2977:
	ret void
}

define ptx_kernel void @best_select1_pick0(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 0
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %2, 1
	%13 = sext i32 %12 to i64
	%14 = getelementptr i32, i32* %state, i64 %13
	%15 = load i32, i32* %14
	%16 = add i32 %2, 2
	%17 = sext i32 %16 to i64
	%18 = getelementptr i32, i32* %state, i64 %17
	%19 = load i32, i32* %18
	%20 = add i32 %2, 3
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %state, i64 %21
	%23 = load i32, i32* %22
	%24 = icmp ne i32 %23, 0
	%25 = sub i32 255, %0
	%26 = mul i32 %1, 256
	%27 = add i32 %26, %25
	%28 = sext i32 %27 to i64
	%29 = getelementptr i32, i32* %hist, i64 %28
	%30 = load i32, i32* %29
	%31 = and i32 %0, 31
	%32 = lshr i32 %0, 5
	%33 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %30, i32 1, i32 0)
	%34 = icmp uge i32 %31, 1
	%35 = select i1 %34, i32 %33, i32 0
	%36 = add i32 %30, %35
	%37 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %36, i32 2, i32 0)
	%38 = icmp uge i32 %31, 2
	%39 = select i1 %38, i32 %37, i32 0
	%40 = add i32 %36, %39
	%41 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %40, i32 4, i32 0)
	%42 = icmp uge i32 %31, 4
	%43 = select i1 %42, i32 %41, i32 0
	%44 = add i32 %40, %43
	%45 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %44, i32 8, i32 0)
	%46 = icmp uge i32 %31, 8
	%47 = select i1 %46, i32 %45, i32 0
	%48 = add i32 %44, %47
	%49 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %48, i32 16, i32 0)
	%50 = icmp uge i32 %31, 16
	%51 = select i1 %50, i32 %49, i32 0
	%52 = add i32 %48, %51
	%53 = icmp eq i32 %31, 31
	br i1 %53, label %54, label %56

54:
	%55 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 %32
	store i32 %52, i32 addrspace(3)* %55
	br label %56

56:
	call void @llvm.nvvm.barrier0()
	%57 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 0
	%58 = load i32, i32 addrspace(3)* %57
	%59 = icmp sgt i32 %32, 0
	%60 = select i1 %59, i32 %58, i32 0
	%61 = add i32 0, %60
	%62 = add i32 0, %58
	%63 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 1
	%64 = load i32, i32 addrspace(3)* %63
	%65 = icmp sgt i32 %32, 1
	%66 = select i1 %65, i32 %64, i32 0
	%67 = add i32 %61, %66
	%68 = add i32 %62, %64
	%69 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 2
	%70 = load i32, i32 addrspace(3)* %69
	%71 = icmp sgt i32 %32, 2
	%72 = select i1 %71, i32 %70, i32 0
	%73 = add i32 %67, %72
	%74 = add i32 %68, %70
	%75 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 3
	%76 = load i32, i32 addrspace(3)* %75
	%77 = icmp sgt i32 %32, 3
	%78 = select i1 %77, i32 %76, i32 0
	%79 = add i32 %73, %78
	%80 = add i32 %74, %76
	%81 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 4
	%82 = load i32, i32 addrspace(3)* %81
	%83 = icmp sgt i32 %32, 4
	%84 = select i1 %83, i32 %82, i32 0
	%85 = add i32 %79, %84
	%86 = add i32 %80, %82
	%87 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 5
	%88 = load i32, i32 addrspace(3)* %87
	%89 = icmp sgt i32 %32, 5
	%90 = select i1 %89, i32 %88, i32 0
	%91 = add i32 %85, %90
	%92 = add i32 %86, %88
	%93 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 6
	%94 = load i32, i32 addrspace(3)* %93
	%95 = icmp sgt i32 %32, 6
	%96 = select i1 %95, i32 %94, i32 0
	%97 = add i32 %91, %96
	%98 = add i32 %92, %94
	%99 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_pick0_scana, i32 0, i32 7
	%100 = load i32, i32 addrspace(3)* %99
	%101 = icmp sgt i32 %32, 7
	%102 = select i1 %101, i32 %100, i32 0
	%103 = add i32 %97, %102
	%104 = add i32 %98, %100
	%105 = add i32 %103, %52
	%106 = sub i32 %105, %30
	%107 = icmp slt i32 %106, %19
	%108 = add i32 %106, %30
	%109 = icmp sle i32 %19, %108
	%110 = and i1 %107, %109
	%111 = xor i1 %24, true
	%112 = and i1 %110, %111
	br i1 %112, label %113, label %127

113:
	%114 = shl i32 %25, 0
	%115 = or i32 %11, %114
	%116 = add i32 %2, 0
	%117 = sext i32 %116 to i64
	%118 = getelementptr i32, i32* %state, i64 %117
	store i32 %115, i32* %118
	%119 = or i32 %15, 255
	%120 = add i32 %2, 1
	%121 = sext i32 %120 to i64
	%122 = getelementptr i32, i32* %state, i64 %121
	store i32 %119, i32* %122
	%123 = sub i32 %19, %106
	%124 = add i32 %2, 2
	%125 = sext i32 %124 to i64
	%126 = getelementptr i32, i32* %state, i64 %125
	store i32 %123, i32* %126
	br label %127

127:
	store i32 0, i32* %6
	ret void
}

define ptx_kernel void @best_select1_ties(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = mul i32 0, 8
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %state, i64 %5
	%7 = load i32, i32* %6
	%8 = add i32 %4, 1
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	%12 = add i32 %NK, 255
	%13 = sdiv i32 %12, 256
	%14 = mul i32 %13, 256
	%15 = mul i32 %1, 8
	%16 = add i32 %15, 0
	%17 = mul i32 %2, %NQ
	%18 = add i32 %17, %16
	%19 = mul i32 %18, %NK
	%20 = mul i32 %16, 64
	%21 = add i32 %20, %off
	%22 = add i32 %16, 1
	%23 = mul i32 %22, 64
	%24 = icmp slt i32 %23, %M
	%25 = select i1 %24, i32 %23, i32 %M
	%26 = sub i32 %25, 1
	%27 = add i32 %26, %off
	%28 = icmp slt i32 %21, 0
	%29 = sub i32 0, %21
	%30 = sub i32 64, 1
	%31 = add i32 %29, %30
	%32 = sdiv i32 %31, 64
	%33 = sub i32 0, %32
	%34 = sdiv i32 %21, 64
	%35 = select i1 %28, i32 %33, i32 %34
	%36 = icmp slt i32 %27, 0
	%37 = sub i32 0, %27
	%38 = sub i32 64, 1
	%39 = add i32 %37, %38
	%40 = sdiv i32 %39, 64
	%41 = sub i32 0, %40
	%42 = sdiv i32 %27, 64
	%43 = select i1 %36, i32 %41, i32 %42
	%44 = icmp slt i32 %16, %NQ
	br i1 %44, label %45, label %46

45:
	br label %77

46:
	%47 = mul i32 %1, 8
	%48 = add i32 %47, 1
	%49 = mul i32 %2, %NQ
	%50 = add i32 %49, %48
	%51 = mul i32 %50, %NK
	%52 = mul i32 %48, 64
	%53 = add i32 %52, %off
	%54 = add i32 %48, 1
	%55 = mul i32 %54, 64
	%56 = icmp slt i32 %55, %M
	%57 = select i1 %56, i32 %55, i32 %M
	%58 = sub i32 %57, 1
	%59 = add i32 %58, %off
	%60 = icmp slt i32 %53, 0
	%61 = sub i32 0, %53
	%62 = sub i32 64, 1
	%63 = add i32 %61, %62
	%64 = sdiv i32 %63, 64
	%65 = sub i32 0, %64
	%66 = sdiv i32 %53, 64
	%67 = select i1 %60, i32 %65, i32 %66
	%68 = icmp slt i32 %59, 0
	%69 = sub i32 0, %59
	%70 = sub i32 64, 1
	%71 = add i32 %69, %70
	%72 = sdiv i32 %71, 64
	%73 = sub i32 0, %72
	%74 = sdiv i32 %59, 64
	%75 = select i1 %68, i32 %73, i32 %74
	%76 = icmp slt i32 %48, %NQ
	br i1 %76, label %375, label %376

77:
	%78 = phi i32 [ %0, %45 ], [ %292, %81 ]
	%79 = phi i32 [ 0, %45 ], [ %291, %81 ]
	%80 = icmp slt i32 %78, %14
	br i1 %80, label %81, label %293

81:
	%82 = sub i32 %14, 1
	%83 = add i32 %78, 0
	%84 = icmp slt i32 %83, %14
	%85 = icmp slt i32 %83, %82
	%86 = select i1 %85, i32 %83, i32 %82
	%87 = add i32 %78, 256
	%88 = icmp slt i32 %87, %14
	%89 = icmp slt i32 %87, %82
	%90 = select i1 %89, i32 %87, i32 %82
	%91 = add i32 %78, 512
	%92 = icmp slt i32 %91, %14
	%93 = icmp slt i32 %91, %82
	%94 = select i1 %93, i32 %91, i32 %82
	%95 = add i32 %78, 768
	%96 = icmp slt i32 %95, %14
	%97 = icmp slt i32 %95, %82
	%98 = select i1 %97, i32 %95, i32 %82
	%99 = add i32 %78, 1024
	%100 = icmp slt i32 %99, %14
	%101 = icmp slt i32 %99, %82
	%102 = select i1 %101, i32 %99, i32 %82
	%103 = add i32 %78, 1280
	%104 = icmp slt i32 %103, %14
	%105 = icmp slt i32 %103, %82
	%106 = select i1 %105, i32 %103, i32 %82
	%107 = add i32 %78, 1536
	%108 = icmp slt i32 %107, %14
	%109 = icmp slt i32 %107, %82
	%110 = select i1 %109, i32 %107, i32 %82
	%111 = add i32 %78, 1792
	%112 = icmp slt i32 %111, %14
	%113 = icmp slt i32 %111, %82
	%114 = select i1 %113, i32 %111, i32 %82
	%115 = sub i32 %NK, 1
	%116 = icmp slt i32 %83, %115
	%117 = select i1 %116, i32 %83, i32 %115
	%118 = add i32 %19, %117
	%119 = sext i32 %118 to i64
	%120 = getelementptr float, float* %e, i64 %119
	%121 = load float, float* %120
	%122 = icmp slt i32 %87, %115
	%123 = select i1 %122, i32 %87, i32 %115
	%124 = add i32 %19, %123
	%125 = sext i32 %124 to i64
	%126 = getelementptr float, float* %e, i64 %125
	%127 = load float, float* %126
	%128 = icmp slt i32 %91, %115
	%129 = select i1 %128, i32 %91, i32 %115
	%130 = add i32 %19, %129
	%131 = sext i32 %130 to i64
	%132 = getelementptr float, float* %e, i64 %131
	%133 = load float, float* %132
	%134 = icmp slt i32 %95, %115
	%135 = select i1 %134, i32 %95, i32 %115
	%136 = add i32 %19, %135
	%137 = sext i32 %136 to i64
	%138 = getelementptr float, float* %e, i64 %137
	%139 = load float, float* %138
	%140 = icmp slt i32 %99, %115
	%141 = select i1 %140, i32 %99, i32 %115
	%142 = add i32 %19, %141
	%143 = sext i32 %142 to i64
	%144 = getelementptr float, float* %e, i64 %143
	%145 = load float, float* %144
	%146 = icmp slt i32 %103, %115
	%147 = select i1 %146, i32 %103, i32 %115
	%148 = add i32 %19, %147
	%149 = sext i32 %148 to i64
	%150 = getelementptr float, float* %e, i64 %149
	%151 = load float, float* %150
	%152 = icmp slt i32 %107, %115
	%153 = select i1 %152, i32 %107, i32 %115
	%154 = add i32 %19, %153
	%155 = sext i32 %154 to i64
	%156 = getelementptr float, float* %e, i64 %155
	%157 = load float, float* %156
	%158 = icmp slt i32 %111, %115
	%159 = select i1 %158, i32 %111, i32 %115
	%160 = add i32 %19, %159
	%161 = sext i32 %160 to i64
	%162 = getelementptr float, float* %e, i64 %161
	%163 = load float, float* %162
	%164 = icmp slt i32 %83, %NK
	%165 = fcmp oge float %121, 0.0
	%166 = and i1 %164, %165
	%167 = icmp sge i32 %83, %35
	%168 = icmp sle i32 %83, %43
	%169 = and i1 %167, %168
	%170 = or i1 false, %169
	%171 = icmp eq i32 %83, 0
	%172 = or i1 %170, %171
	%173 = bitcast float %121 to i32
	%174 = add i32 %173, 2
	%175 = select i1 %172, i32 1, i32 %174
	%176 = select i1 %166, i32 %175, i32 0
	%177 = icmp slt i32 %87, %NK
	%178 = fcmp oge float %127, 0.0
	%179 = and i1 %177, %178
	%180 = icmp sge i32 %87, %35
	%181 = icmp sle i32 %87, %43
	%182 = and i1 %180, %181
	%183 = or i1 false, %182
	%184 = icmp eq i32 %87, 0
	%185 = or i1 %183, %184
	%186 = bitcast float %127 to i32
	%187 = add i32 %186, 2
	%188 = select i1 %185, i32 1, i32 %187
	%189 = select i1 %179, i32 %188, i32 0
	%190 = icmp slt i32 %91, %NK
	%191 = fcmp oge float %133, 0.0
	%192 = and i1 %190, %191
	%193 = icmp sge i32 %91, %35
	%194 = icmp sle i32 %91, %43
	%195 = and i1 %193, %194
	%196 = or i1 false, %195
	%197 = icmp eq i32 %91, 0
	%198 = or i1 %196, %197
	%199 = bitcast float %133 to i32
	%200 = add i32 %199, 2
	%201 = select i1 %198, i32 1, i32 %200
	%202 = select i1 %192, i32 %201, i32 0
	%203 = icmp slt i32 %95, %NK
	%204 = fcmp oge float %139, 0.0
	%205 = and i1 %203, %204
	%206 = icmp sge i32 %95, %35
	%207 = icmp sle i32 %95, %43
	%208 = and i1 %206, %207
	%209 = or i1 false, %208
	%210 = icmp eq i32 %95, 0
	%211 = or i1 %209, %210
	%212 = bitcast float %139 to i32
	%213 = add i32 %212, 2
	%214 = select i1 %211, i32 1, i32 %213
	%215 = select i1 %205, i32 %214, i32 0
	%216 = icmp slt i32 %99, %NK
	%217 = fcmp oge float %145, 0.0
	%218 = and i1 %216, %217
	%219 = icmp sge i32 %99, %35
	%220 = icmp sle i32 %99, %43
	%221 = and i1 %219, %220
	%222 = or i1 false, %221
	%223 = icmp eq i32 %99, 0
	%224 = or i1 %222, %223
	%225 = bitcast float %145 to i32
	%226 = add i32 %225, 2
	%227 = select i1 %224, i32 1, i32 %226
	%228 = select i1 %218, i32 %227, i32 0
	%229 = icmp slt i32 %103, %NK
	%230 = fcmp oge float %151, 0.0
	%231 = and i1 %229, %230
	%232 = icmp sge i32 %103, %35
	%233 = icmp sle i32 %103, %43
	%234 = and i1 %232, %233
	%235 = or i1 false, %234
	%236 = icmp eq i32 %103, 0
	%237 = or i1 %235, %236
	%238 = bitcast float %151 to i32
	%239 = add i32 %238, 2
	%240 = select i1 %237, i32 1, i32 %239
	%241 = select i1 %231, i32 %240, i32 0
	%242 = icmp slt i32 %107, %NK
	%243 = fcmp oge float %157, 0.0
	%244 = and i1 %242, %243
	%245 = icmp sge i32 %107, %35
	%246 = icmp sle i32 %107, %43
	%247 = and i1 %245, %246
	%248 = or i1 false, %247
	%249 = icmp eq i32 %107, 0
	%250 = or i1 %248, %249
	%251 = bitcast float %157 to i32
	%252 = add i32 %251, 2
	%253 = select i1 %250, i32 1, i32 %252
	%254 = select i1 %244, i32 %253, i32 0
	%255 = icmp slt i32 %111, %NK
	%256 = fcmp oge float %163, 0.0
	%257 = and i1 %255, %256
	%258 = icmp sge i32 %111, %35
	%259 = icmp sle i32 %111, %43
	%260 = and i1 %258, %259
	%261 = or i1 false, %260
	%262 = icmp eq i32 %111, 0
	%263 = or i1 %261, %262
	%264 = bitcast float %163 to i32
	%265 = add i32 %264, 2
	%266 = select i1 %263, i32 1, i32 %265
	%267 = select i1 %257, i32 %266, i32 0
	%268 = icmp eq i32 %176, %7
	%269 = zext i1 %268 to i32
	%270 = add i32 %79, %269
	%271 = icmp eq i32 %189, %7
	%272 = zext i1 %271 to i32
	%273 = add i32 %270, %272
	%274 = icmp eq i32 %202, %7
	%275 = zext i1 %274 to i32
	%276 = add i32 %273, %275
	%277 = icmp eq i32 %215, %7
	%278 = zext i1 %277 to i32
	%279 = add i32 %276, %278
	%280 = icmp eq i32 %228, %7
	%281 = zext i1 %280 to i32
	%282 = add i32 %279, %281
	%283 = icmp eq i32 %241, %7
	%284 = zext i1 %283 to i32
	%285 = add i32 %282, %284
	%286 = icmp eq i32 %254, %7
	%287 = zext i1 %286 to i32
	%288 = add i32 %285, %287
	%289 = icmp eq i32 %267, %7
	%290 = zext i1 %289 to i32
	%291 = add i32 %288, %290
	%292 = add i32 %78, 2048
	br label %77

293:
	%294 = and i32 %0, 31
	%295 = lshr i32 %0, 5
	%296 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %79, i32 1, i32 0)
	%297 = icmp uge i32 %294, 1
	%298 = select i1 %297, i32 %296, i32 0
	%299 = add i32 %79, %298
	%300 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %299, i32 2, i32 0)
	%301 = icmp uge i32 %294, 2
	%302 = select i1 %301, i32 %300, i32 0
	%303 = add i32 %299, %302
	%304 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %303, i32 4, i32 0)
	%305 = icmp uge i32 %294, 4
	%306 = select i1 %305, i32 %304, i32 0
	%307 = add i32 %303, %306
	%308 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %307, i32 8, i32 0)
	%309 = icmp uge i32 %294, 8
	%310 = select i1 %309, i32 %308, i32 0
	%311 = add i32 %307, %310
	%312 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %311, i32 16, i32 0)
	%313 = icmp uge i32 %294, 16
	%314 = select i1 %313, i32 %312, i32 0
	%315 = add i32 %311, %314
	%316 = icmp eq i32 %294, 31
	br i1 %316, label %317, label %319

317:
	%318 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %295
	store i32 %315, i32 addrspace(3)* %318
	br label %319

319:
	call void @llvm.nvvm.barrier0()
	%320 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%321 = load i32, i32 addrspace(3)* %320
	%322 = icmp sgt i32 %295, 0
	%323 = select i1 %322, i32 %321, i32 0
	%324 = add i32 0, %323
	%325 = add i32 0, %321
	%326 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%327 = load i32, i32 addrspace(3)* %326
	%328 = icmp sgt i32 %295, 1
	%329 = select i1 %328, i32 %327, i32 0
	%330 = add i32 %324, %329
	%331 = add i32 %325, %327
	%332 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%333 = load i32, i32 addrspace(3)* %332
	%334 = icmp sgt i32 %295, 2
	%335 = select i1 %334, i32 %333, i32 0
	%336 = add i32 %330, %335
	%337 = add i32 %331, %333
	%338 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%339 = load i32, i32 addrspace(3)* %338
	%340 = icmp sgt i32 %295, 3
	%341 = select i1 %340, i32 %339, i32 0
	%342 = add i32 %336, %341
	%343 = add i32 %337, %339
	%344 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%345 = load i32, i32 addrspace(3)* %344
	%346 = icmp sgt i32 %295, 4
	%347 = select i1 %346, i32 %345, i32 0
	%348 = add i32 %342, %347
	%349 = add i32 %343, %345
	%350 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%351 = load i32, i32 addrspace(3)* %350
	%352 = icmp sgt i32 %295, 5
	%353 = select i1 %352, i32 %351, i32 0
	%354 = add i32 %348, %353
	%355 = add i32 %349, %351
	%356 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%357 = load i32, i32 addrspace(3)* %356
	%358 = icmp sgt i32 %295, 6
	%359 = select i1 %358, i32 %357, i32 0
	%360 = add i32 %354, %359
	%361 = add i32 %355, %357
	%362 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%363 = load i32, i32 addrspace(3)* %362
	%364 = icmp sgt i32 %295, 7
	%365 = select i1 %364, i32 %363, i32 0
	%366 = add i32 %360, %365
	%367 = add i32 %361, %363
	%368 = add i32 %366, %315
	%369 = sub i32 %368, %79
	%370 = icmp eq i32 %0, 0
	br i1 %370, label %371, label %374

371:
	%372 = sext i32 %18 to i64
	%373 = getelementptr i32, i32* %ties, i64 %372
	store i32 %367, i32* %373
	br label %374

374:
	br label %46

375:
	br label %407

376:
	%377 = mul i32 %1, 8
	%378 = add i32 %377, 2
	%379 = mul i32 %2, %NQ
	%380 = add i32 %379, %378
	%381 = mul i32 %380, %NK
	%382 = mul i32 %378, 64
	%383 = add i32 %382, %off
	%384 = add i32 %378, 1
	%385 = mul i32 %384, 64
	%386 = icmp slt i32 %385, %M
	%387 = select i1 %386, i32 %385, i32 %M
	%388 = sub i32 %387, 1
	%389 = add i32 %388, %off
	%390 = icmp slt i32 %383, 0
	%391 = sub i32 0, %383
	%392 = sub i32 64, 1
	%393 = add i32 %391, %392
	%394 = sdiv i32 %393, 64
	%395 = sub i32 0, %394
	%396 = sdiv i32 %383, 64
	%397 = select i1 %390, i32 %395, i32 %396
	%398 = icmp slt i32 %389, 0
	%399 = sub i32 0, %389
	%400 = sub i32 64, 1
	%401 = add i32 %399, %400
	%402 = sdiv i32 %401, 64
	%403 = sub i32 0, %402
	%404 = sdiv i32 %389, 64
	%405 = select i1 %398, i32 %403, i32 %404
	%406 = icmp slt i32 %378, %NQ
	br i1 %406, label %705, label %706

407:
	%408 = phi i32 [ %0, %375 ], [ %622, %411 ]
	%409 = phi i32 [ 0, %375 ], [ %621, %411 ]
	%410 = icmp slt i32 %408, %14
	br i1 %410, label %411, label %623

411:
	%412 = sub i32 %14, 1
	%413 = add i32 %408, 0
	%414 = icmp slt i32 %413, %14
	%415 = icmp slt i32 %413, %412
	%416 = select i1 %415, i32 %413, i32 %412
	%417 = add i32 %408, 256
	%418 = icmp slt i32 %417, %14
	%419 = icmp slt i32 %417, %412
	%420 = select i1 %419, i32 %417, i32 %412
	%421 = add i32 %408, 512
	%422 = icmp slt i32 %421, %14
	%423 = icmp slt i32 %421, %412
	%424 = select i1 %423, i32 %421, i32 %412
	%425 = add i32 %408, 768
	%426 = icmp slt i32 %425, %14
	%427 = icmp slt i32 %425, %412
	%428 = select i1 %427, i32 %425, i32 %412
	%429 = add i32 %408, 1024
	%430 = icmp slt i32 %429, %14
	%431 = icmp slt i32 %429, %412
	%432 = select i1 %431, i32 %429, i32 %412
	%433 = add i32 %408, 1280
	%434 = icmp slt i32 %433, %14
	%435 = icmp slt i32 %433, %412
	%436 = select i1 %435, i32 %433, i32 %412
	%437 = add i32 %408, 1536
	%438 = icmp slt i32 %437, %14
	%439 = icmp slt i32 %437, %412
	%440 = select i1 %439, i32 %437, i32 %412
	%441 = add i32 %408, 1792
	%442 = icmp slt i32 %441, %14
	%443 = icmp slt i32 %441, %412
	%444 = select i1 %443, i32 %441, i32 %412
	%445 = sub i32 %NK, 1
	%446 = icmp slt i32 %413, %445
	%447 = select i1 %446, i32 %413, i32 %445
	%448 = add i32 %51, %447
	%449 = sext i32 %448 to i64
	%450 = getelementptr float, float* %e, i64 %449
	%451 = load float, float* %450
	%452 = icmp slt i32 %417, %445
	%453 = select i1 %452, i32 %417, i32 %445
	%454 = add i32 %51, %453
	%455 = sext i32 %454 to i64
	%456 = getelementptr float, float* %e, i64 %455
	%457 = load float, float* %456
	%458 = icmp slt i32 %421, %445
	%459 = select i1 %458, i32 %421, i32 %445
	%460 = add i32 %51, %459
	%461 = sext i32 %460 to i64
	%462 = getelementptr float, float* %e, i64 %461
	%463 = load float, float* %462
	%464 = icmp slt i32 %425, %445
	%465 = select i1 %464, i32 %425, i32 %445
	%466 = add i32 %51, %465
	%467 = sext i32 %466 to i64
	%468 = getelementptr float, float* %e, i64 %467
	%469 = load float, float* %468
	%470 = icmp slt i32 %429, %445
	%471 = select i1 %470, i32 %429, i32 %445
	%472 = add i32 %51, %471
	%473 = sext i32 %472 to i64
	%474 = getelementptr float, float* %e, i64 %473
	%475 = load float, float* %474
	%476 = icmp slt i32 %433, %445
	%477 = select i1 %476, i32 %433, i32 %445
	%478 = add i32 %51, %477
	%479 = sext i32 %478 to i64
	%480 = getelementptr float, float* %e, i64 %479
	%481 = load float, float* %480
	%482 = icmp slt i32 %437, %445
	%483 = select i1 %482, i32 %437, i32 %445
	%484 = add i32 %51, %483
	%485 = sext i32 %484 to i64
	%486 = getelementptr float, float* %e, i64 %485
	%487 = load float, float* %486
	%488 = icmp slt i32 %441, %445
	%489 = select i1 %488, i32 %441, i32 %445
	%490 = add i32 %51, %489
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	%493 = load float, float* %492
	%494 = icmp slt i32 %413, %NK
	%495 = fcmp oge float %451, 0.0
	%496 = and i1 %494, %495
	%497 = icmp sge i32 %413, %67
	%498 = icmp sle i32 %413, %75
	%499 = and i1 %497, %498
	%500 = or i1 false, %499
	%501 = icmp eq i32 %413, 0
	%502 = or i1 %500, %501
	%503 = bitcast float %451 to i32
	%504 = add i32 %503, 2
	%505 = select i1 %502, i32 1, i32 %504
	%506 = select i1 %496, i32 %505, i32 0
	%507 = icmp slt i32 %417, %NK
	%508 = fcmp oge float %457, 0.0
	%509 = and i1 %507, %508
	%510 = icmp sge i32 %417, %67
	%511 = icmp sle i32 %417, %75
	%512 = and i1 %510, %511
	%513 = or i1 false, %512
	%514 = icmp eq i32 %417, 0
	%515 = or i1 %513, %514
	%516 = bitcast float %457 to i32
	%517 = add i32 %516, 2
	%518 = select i1 %515, i32 1, i32 %517
	%519 = select i1 %509, i32 %518, i32 0
	%520 = icmp slt i32 %421, %NK
	%521 = fcmp oge float %463, 0.0
	%522 = and i1 %520, %521
	%523 = icmp sge i32 %421, %67
	%524 = icmp sle i32 %421, %75
	%525 = and i1 %523, %524
	%526 = or i1 false, %525
	%527 = icmp eq i32 %421, 0
	%528 = or i1 %526, %527
	%529 = bitcast float %463 to i32
	%530 = add i32 %529, 2
	%531 = select i1 %528, i32 1, i32 %530
	%532 = select i1 %522, i32 %531, i32 0
	%533 = icmp slt i32 %425, %NK
	%534 = fcmp oge float %469, 0.0
	%535 = and i1 %533, %534
	%536 = icmp sge i32 %425, %67
	%537 = icmp sle i32 %425, %75
	%538 = and i1 %536, %537
	%539 = or i1 false, %538
	%540 = icmp eq i32 %425, 0
	%541 = or i1 %539, %540
	%542 = bitcast float %469 to i32
	%543 = add i32 %542, 2
	%544 = select i1 %541, i32 1, i32 %543
	%545 = select i1 %535, i32 %544, i32 0
	%546 = icmp slt i32 %429, %NK
	%547 = fcmp oge float %475, 0.0
	%548 = and i1 %546, %547
	%549 = icmp sge i32 %429, %67
	%550 = icmp sle i32 %429, %75
	%551 = and i1 %549, %550
	%552 = or i1 false, %551
	%553 = icmp eq i32 %429, 0
	%554 = or i1 %552, %553
	%555 = bitcast float %475 to i32
	%556 = add i32 %555, 2
	%557 = select i1 %554, i32 1, i32 %556
	%558 = select i1 %548, i32 %557, i32 0
	%559 = icmp slt i32 %433, %NK
	%560 = fcmp oge float %481, 0.0
	%561 = and i1 %559, %560
	%562 = icmp sge i32 %433, %67
	%563 = icmp sle i32 %433, %75
	%564 = and i1 %562, %563
	%565 = or i1 false, %564
	%566 = icmp eq i32 %433, 0
	%567 = or i1 %565, %566
	%568 = bitcast float %481 to i32
	%569 = add i32 %568, 2
	%570 = select i1 %567, i32 1, i32 %569
	%571 = select i1 %561, i32 %570, i32 0
	%572 = icmp slt i32 %437, %NK
	%573 = fcmp oge float %487, 0.0
	%574 = and i1 %572, %573
	%575 = icmp sge i32 %437, %67
	%576 = icmp sle i32 %437, %75
	%577 = and i1 %575, %576
	%578 = or i1 false, %577
	%579 = icmp eq i32 %437, 0
	%580 = or i1 %578, %579
	%581 = bitcast float %487 to i32
	%582 = add i32 %581, 2
	%583 = select i1 %580, i32 1, i32 %582
	%584 = select i1 %574, i32 %583, i32 0
	%585 = icmp slt i32 %441, %NK
	%586 = fcmp oge float %493, 0.0
	%587 = and i1 %585, %586
	%588 = icmp sge i32 %441, %67
	%589 = icmp sle i32 %441, %75
	%590 = and i1 %588, %589
	%591 = or i1 false, %590
	%592 = icmp eq i32 %441, 0
	%593 = or i1 %591, %592
	%594 = bitcast float %493 to i32
	%595 = add i32 %594, 2
	%596 = select i1 %593, i32 1, i32 %595
	%597 = select i1 %587, i32 %596, i32 0
	%598 = icmp eq i32 %506, %7
	%599 = zext i1 %598 to i32
	%600 = add i32 %409, %599
	%601 = icmp eq i32 %519, %7
	%602 = zext i1 %601 to i32
	%603 = add i32 %600, %602
	%604 = icmp eq i32 %532, %7
	%605 = zext i1 %604 to i32
	%606 = add i32 %603, %605
	%607 = icmp eq i32 %545, %7
	%608 = zext i1 %607 to i32
	%609 = add i32 %606, %608
	%610 = icmp eq i32 %558, %7
	%611 = zext i1 %610 to i32
	%612 = add i32 %609, %611
	%613 = icmp eq i32 %571, %7
	%614 = zext i1 %613 to i32
	%615 = add i32 %612, %614
	%616 = icmp eq i32 %584, %7
	%617 = zext i1 %616 to i32
	%618 = add i32 %615, %617
	%619 = icmp eq i32 %597, %7
	%620 = zext i1 %619 to i32
	%621 = add i32 %618, %620
	%622 = add i32 %408, 2048
	br label %407

623:
	%624 = and i32 %0, 31
	%625 = lshr i32 %0, 5
	%626 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %409, i32 1, i32 0)
	%627 = icmp uge i32 %624, 1
	%628 = select i1 %627, i32 %626, i32 0
	%629 = add i32 %409, %628
	%630 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %629, i32 2, i32 0)
	%631 = icmp uge i32 %624, 2
	%632 = select i1 %631, i32 %630, i32 0
	%633 = add i32 %629, %632
	%634 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %633, i32 4, i32 0)
	%635 = icmp uge i32 %624, 4
	%636 = select i1 %635, i32 %634, i32 0
	%637 = add i32 %633, %636
	%638 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %637, i32 8, i32 0)
	%639 = icmp uge i32 %624, 8
	%640 = select i1 %639, i32 %638, i32 0
	%641 = add i32 %637, %640
	%642 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %641, i32 16, i32 0)
	%643 = icmp uge i32 %624, 16
	%644 = select i1 %643, i32 %642, i32 0
	%645 = add i32 %641, %644
	%646 = icmp eq i32 %624, 31
	br i1 %646, label %647, label %649

647:
	%648 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %625
	store i32 %645, i32 addrspace(3)* %648
	br label %649

649:
	call void @llvm.nvvm.barrier0()
	%650 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%651 = load i32, i32 addrspace(3)* %650
	%652 = icmp sgt i32 %625, 0
	%653 = select i1 %652, i32 %651, i32 0
	%654 = add i32 0, %653
	%655 = add i32 0, %651
	%656 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%657 = load i32, i32 addrspace(3)* %656
	%658 = icmp sgt i32 %625, 1
	%659 = select i1 %658, i32 %657, i32 0
	%660 = add i32 %654, %659
	%661 = add i32 %655, %657
	%662 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%663 = load i32, i32 addrspace(3)* %662
	%664 = icmp sgt i32 %625, 2
	%665 = select i1 %664, i32 %663, i32 0
	%666 = add i32 %660, %665
	%667 = add i32 %661, %663
	%668 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%669 = load i32, i32 addrspace(3)* %668
	%670 = icmp sgt i32 %625, 3
	%671 = select i1 %670, i32 %669, i32 0
	%672 = add i32 %666, %671
	%673 = add i32 %667, %669
	%674 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%675 = load i32, i32 addrspace(3)* %674
	%676 = icmp sgt i32 %625, 4
	%677 = select i1 %676, i32 %675, i32 0
	%678 = add i32 %672, %677
	%679 = add i32 %673, %675
	%680 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%681 = load i32, i32 addrspace(3)* %680
	%682 = icmp sgt i32 %625, 5
	%683 = select i1 %682, i32 %681, i32 0
	%684 = add i32 %678, %683
	%685 = add i32 %679, %681
	%686 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%687 = load i32, i32 addrspace(3)* %686
	%688 = icmp sgt i32 %625, 6
	%689 = select i1 %688, i32 %687, i32 0
	%690 = add i32 %684, %689
	%691 = add i32 %685, %687
	%692 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%693 = load i32, i32 addrspace(3)* %692
	%694 = icmp sgt i32 %625, 7
	%695 = select i1 %694, i32 %693, i32 0
	%696 = add i32 %690, %695
	%697 = add i32 %691, %693
	%698 = add i32 %696, %645
	%699 = sub i32 %698, %409
	%700 = icmp eq i32 %0, 0
	br i1 %700, label %701, label %704

701:
	%702 = sext i32 %50 to i64
	%703 = getelementptr i32, i32* %ties, i64 %702
	store i32 %697, i32* %703
	br label %704

704:
	br label %376

705:
	br label %737

706:
	%707 = mul i32 %1, 8
	%708 = add i32 %707, 3
	%709 = mul i32 %2, %NQ
	%710 = add i32 %709, %708
	%711 = mul i32 %710, %NK
	%712 = mul i32 %708, 64
	%713 = add i32 %712, %off
	%714 = add i32 %708, 1
	%715 = mul i32 %714, 64
	%716 = icmp slt i32 %715, %M
	%717 = select i1 %716, i32 %715, i32 %M
	%718 = sub i32 %717, 1
	%719 = add i32 %718, %off
	%720 = icmp slt i32 %713, 0
	%721 = sub i32 0, %713
	%722 = sub i32 64, 1
	%723 = add i32 %721, %722
	%724 = sdiv i32 %723, 64
	%725 = sub i32 0, %724
	%726 = sdiv i32 %713, 64
	%727 = select i1 %720, i32 %725, i32 %726
	%728 = icmp slt i32 %719, 0
	%729 = sub i32 0, %719
	%730 = sub i32 64, 1
	%731 = add i32 %729, %730
	%732 = sdiv i32 %731, 64
	%733 = sub i32 0, %732
	%734 = sdiv i32 %719, 64
	%735 = select i1 %728, i32 %733, i32 %734
	%736 = icmp slt i32 %708, %NQ
	br i1 %736, label %1035, label %1036

737:
	%738 = phi i32 [ %0, %705 ], [ %952, %741 ]
	%739 = phi i32 [ 0, %705 ], [ %951, %741 ]
	%740 = icmp slt i32 %738, %14
	br i1 %740, label %741, label %953

741:
	%742 = sub i32 %14, 1
	%743 = add i32 %738, 0
	%744 = icmp slt i32 %743, %14
	%745 = icmp slt i32 %743, %742
	%746 = select i1 %745, i32 %743, i32 %742
	%747 = add i32 %738, 256
	%748 = icmp slt i32 %747, %14
	%749 = icmp slt i32 %747, %742
	%750 = select i1 %749, i32 %747, i32 %742
	%751 = add i32 %738, 512
	%752 = icmp slt i32 %751, %14
	%753 = icmp slt i32 %751, %742
	%754 = select i1 %753, i32 %751, i32 %742
	%755 = add i32 %738, 768
	%756 = icmp slt i32 %755, %14
	%757 = icmp slt i32 %755, %742
	%758 = select i1 %757, i32 %755, i32 %742
	%759 = add i32 %738, 1024
	%760 = icmp slt i32 %759, %14
	%761 = icmp slt i32 %759, %742
	%762 = select i1 %761, i32 %759, i32 %742
	%763 = add i32 %738, 1280
	%764 = icmp slt i32 %763, %14
	%765 = icmp slt i32 %763, %742
	%766 = select i1 %765, i32 %763, i32 %742
	%767 = add i32 %738, 1536
	%768 = icmp slt i32 %767, %14
	%769 = icmp slt i32 %767, %742
	%770 = select i1 %769, i32 %767, i32 %742
	%771 = add i32 %738, 1792
	%772 = icmp slt i32 %771, %14
	%773 = icmp slt i32 %771, %742
	%774 = select i1 %773, i32 %771, i32 %742
	%775 = sub i32 %NK, 1
	%776 = icmp slt i32 %743, %775
	%777 = select i1 %776, i32 %743, i32 %775
	%778 = add i32 %381, %777
	%779 = sext i32 %778 to i64
	%780 = getelementptr float, float* %e, i64 %779
	%781 = load float, float* %780
	%782 = icmp slt i32 %747, %775
	%783 = select i1 %782, i32 %747, i32 %775
	%784 = add i32 %381, %783
	%785 = sext i32 %784 to i64
	%786 = getelementptr float, float* %e, i64 %785
	%787 = load float, float* %786
	%788 = icmp slt i32 %751, %775
	%789 = select i1 %788, i32 %751, i32 %775
	%790 = add i32 %381, %789
	%791 = sext i32 %790 to i64
	%792 = getelementptr float, float* %e, i64 %791
	%793 = load float, float* %792
	%794 = icmp slt i32 %755, %775
	%795 = select i1 %794, i32 %755, i32 %775
	%796 = add i32 %381, %795
	%797 = sext i32 %796 to i64
	%798 = getelementptr float, float* %e, i64 %797
	%799 = load float, float* %798
	%800 = icmp slt i32 %759, %775
	%801 = select i1 %800, i32 %759, i32 %775
	%802 = add i32 %381, %801
	%803 = sext i32 %802 to i64
	%804 = getelementptr float, float* %e, i64 %803
	%805 = load float, float* %804
	%806 = icmp slt i32 %763, %775
	%807 = select i1 %806, i32 %763, i32 %775
	%808 = add i32 %381, %807
	%809 = sext i32 %808 to i64
	%810 = getelementptr float, float* %e, i64 %809
	%811 = load float, float* %810
	%812 = icmp slt i32 %767, %775
	%813 = select i1 %812, i32 %767, i32 %775
	%814 = add i32 %381, %813
	%815 = sext i32 %814 to i64
	%816 = getelementptr float, float* %e, i64 %815
	%817 = load float, float* %816
	%818 = icmp slt i32 %771, %775
	%819 = select i1 %818, i32 %771, i32 %775
	%820 = add i32 %381, %819
	%821 = sext i32 %820 to i64
	%822 = getelementptr float, float* %e, i64 %821
	%823 = load float, float* %822
	%824 = icmp slt i32 %743, %NK
	%825 = fcmp oge float %781, 0.0
	%826 = and i1 %824, %825
	%827 = icmp sge i32 %743, %397
	%828 = icmp sle i32 %743, %405
	%829 = and i1 %827, %828
	%830 = or i1 false, %829
	%831 = icmp eq i32 %743, 0
	%832 = or i1 %830, %831
	%833 = bitcast float %781 to i32
	%834 = add i32 %833, 2
	%835 = select i1 %832, i32 1, i32 %834
	%836 = select i1 %826, i32 %835, i32 0
	%837 = icmp slt i32 %747, %NK
	%838 = fcmp oge float %787, 0.0
	%839 = and i1 %837, %838
	%840 = icmp sge i32 %747, %397
	%841 = icmp sle i32 %747, %405
	%842 = and i1 %840, %841
	%843 = or i1 false, %842
	%844 = icmp eq i32 %747, 0
	%845 = or i1 %843, %844
	%846 = bitcast float %787 to i32
	%847 = add i32 %846, 2
	%848 = select i1 %845, i32 1, i32 %847
	%849 = select i1 %839, i32 %848, i32 0
	%850 = icmp slt i32 %751, %NK
	%851 = fcmp oge float %793, 0.0
	%852 = and i1 %850, %851
	%853 = icmp sge i32 %751, %397
	%854 = icmp sle i32 %751, %405
	%855 = and i1 %853, %854
	%856 = or i1 false, %855
	%857 = icmp eq i32 %751, 0
	%858 = or i1 %856, %857
	%859 = bitcast float %793 to i32
	%860 = add i32 %859, 2
	%861 = select i1 %858, i32 1, i32 %860
	%862 = select i1 %852, i32 %861, i32 0
	%863 = icmp slt i32 %755, %NK
	%864 = fcmp oge float %799, 0.0
	%865 = and i1 %863, %864
	%866 = icmp sge i32 %755, %397
	%867 = icmp sle i32 %755, %405
	%868 = and i1 %866, %867
	%869 = or i1 false, %868
	%870 = icmp eq i32 %755, 0
	%871 = or i1 %869, %870
	%872 = bitcast float %799 to i32
	%873 = add i32 %872, 2
	%874 = select i1 %871, i32 1, i32 %873
	%875 = select i1 %865, i32 %874, i32 0
	%876 = icmp slt i32 %759, %NK
	%877 = fcmp oge float %805, 0.0
	%878 = and i1 %876, %877
	%879 = icmp sge i32 %759, %397
	%880 = icmp sle i32 %759, %405
	%881 = and i1 %879, %880
	%882 = or i1 false, %881
	%883 = icmp eq i32 %759, 0
	%884 = or i1 %882, %883
	%885 = bitcast float %805 to i32
	%886 = add i32 %885, 2
	%887 = select i1 %884, i32 1, i32 %886
	%888 = select i1 %878, i32 %887, i32 0
	%889 = icmp slt i32 %763, %NK
	%890 = fcmp oge float %811, 0.0
	%891 = and i1 %889, %890
	%892 = icmp sge i32 %763, %397
	%893 = icmp sle i32 %763, %405
	%894 = and i1 %892, %893
	%895 = or i1 false, %894
	%896 = icmp eq i32 %763, 0
	%897 = or i1 %895, %896
	%898 = bitcast float %811 to i32
	%899 = add i32 %898, 2
	%900 = select i1 %897, i32 1, i32 %899
	%901 = select i1 %891, i32 %900, i32 0
	%902 = icmp slt i32 %767, %NK
	%903 = fcmp oge float %817, 0.0
	%904 = and i1 %902, %903
	%905 = icmp sge i32 %767, %397
	%906 = icmp sle i32 %767, %405
	%907 = and i1 %905, %906
	%908 = or i1 false, %907
	%909 = icmp eq i32 %767, 0
	%910 = or i1 %908, %909
	%911 = bitcast float %817 to i32
	%912 = add i32 %911, 2
	%913 = select i1 %910, i32 1, i32 %912
	%914 = select i1 %904, i32 %913, i32 0
	%915 = icmp slt i32 %771, %NK
	%916 = fcmp oge float %823, 0.0
	%917 = and i1 %915, %916
	%918 = icmp sge i32 %771, %397
	%919 = icmp sle i32 %771, %405
	%920 = and i1 %918, %919
	%921 = or i1 false, %920
	%922 = icmp eq i32 %771, 0
	%923 = or i1 %921, %922
	%924 = bitcast float %823 to i32
	%925 = add i32 %924, 2
	%926 = select i1 %923, i32 1, i32 %925
	%927 = select i1 %917, i32 %926, i32 0
	%928 = icmp eq i32 %836, %7
	%929 = zext i1 %928 to i32
	%930 = add i32 %739, %929
	%931 = icmp eq i32 %849, %7
	%932 = zext i1 %931 to i32
	%933 = add i32 %930, %932
	%934 = icmp eq i32 %862, %7
	%935 = zext i1 %934 to i32
	%936 = add i32 %933, %935
	%937 = icmp eq i32 %875, %7
	%938 = zext i1 %937 to i32
	%939 = add i32 %936, %938
	%940 = icmp eq i32 %888, %7
	%941 = zext i1 %940 to i32
	%942 = add i32 %939, %941
	%943 = icmp eq i32 %901, %7
	%944 = zext i1 %943 to i32
	%945 = add i32 %942, %944
	%946 = icmp eq i32 %914, %7
	%947 = zext i1 %946 to i32
	%948 = add i32 %945, %947
	%949 = icmp eq i32 %927, %7
	%950 = zext i1 %949 to i32
	%951 = add i32 %948, %950
	%952 = add i32 %738, 2048
	br label %737

953:
	%954 = and i32 %0, 31
	%955 = lshr i32 %0, 5
	%956 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %739, i32 1, i32 0)
	%957 = icmp uge i32 %954, 1
	%958 = select i1 %957, i32 %956, i32 0
	%959 = add i32 %739, %958
	%960 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %959, i32 2, i32 0)
	%961 = icmp uge i32 %954, 2
	%962 = select i1 %961, i32 %960, i32 0
	%963 = add i32 %959, %962
	%964 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %963, i32 4, i32 0)
	%965 = icmp uge i32 %954, 4
	%966 = select i1 %965, i32 %964, i32 0
	%967 = add i32 %963, %966
	%968 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %967, i32 8, i32 0)
	%969 = icmp uge i32 %954, 8
	%970 = select i1 %969, i32 %968, i32 0
	%971 = add i32 %967, %970
	%972 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %971, i32 16, i32 0)
	%973 = icmp uge i32 %954, 16
	%974 = select i1 %973, i32 %972, i32 0
	%975 = add i32 %971, %974
	%976 = icmp eq i32 %954, 31
	br i1 %976, label %977, label %979

977:
	%978 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %955
	store i32 %975, i32 addrspace(3)* %978
	br label %979

979:
	call void @llvm.nvvm.barrier0()
	%980 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%981 = load i32, i32 addrspace(3)* %980
	%982 = icmp sgt i32 %955, 0
	%983 = select i1 %982, i32 %981, i32 0
	%984 = add i32 0, %983
	%985 = add i32 0, %981
	%986 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%987 = load i32, i32 addrspace(3)* %986
	%988 = icmp sgt i32 %955, 1
	%989 = select i1 %988, i32 %987, i32 0
	%990 = add i32 %984, %989
	%991 = add i32 %985, %987
	%992 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%993 = load i32, i32 addrspace(3)* %992
	%994 = icmp sgt i32 %955, 2
	%995 = select i1 %994, i32 %993, i32 0
	%996 = add i32 %990, %995
	%997 = add i32 %991, %993
	%998 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%999 = load i32, i32 addrspace(3)* %998
	%1000 = icmp sgt i32 %955, 3
	%1001 = select i1 %1000, i32 %999, i32 0
	%1002 = add i32 %996, %1001
	%1003 = add i32 %997, %999
	%1004 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%1005 = load i32, i32 addrspace(3)* %1004
	%1006 = icmp sgt i32 %955, 4
	%1007 = select i1 %1006, i32 %1005, i32 0
	%1008 = add i32 %1002, %1007
	%1009 = add i32 %1003, %1005
	%1010 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%1011 = load i32, i32 addrspace(3)* %1010
	%1012 = icmp sgt i32 %955, 5
	%1013 = select i1 %1012, i32 %1011, i32 0
	%1014 = add i32 %1008, %1013
	%1015 = add i32 %1009, %1011
	%1016 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%1017 = load i32, i32 addrspace(3)* %1016
	%1018 = icmp sgt i32 %955, 6
	%1019 = select i1 %1018, i32 %1017, i32 0
	%1020 = add i32 %1014, %1019
	%1021 = add i32 %1015, %1017
	%1022 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%1023 = load i32, i32 addrspace(3)* %1022
	%1024 = icmp sgt i32 %955, 7
	%1025 = select i1 %1024, i32 %1023, i32 0
	%1026 = add i32 %1020, %1025
	%1027 = add i32 %1021, %1023
	%1028 = add i32 %1026, %975
	%1029 = sub i32 %1028, %739
	%1030 = icmp eq i32 %0, 0
	br i1 %1030, label %1031, label %1034

1031:
	%1032 = sext i32 %380 to i64
	%1033 = getelementptr i32, i32* %ties, i64 %1032
	store i32 %1027, i32* %1033
	br label %1034

1034:
	br label %706

1035:
	br label %1067

1036:
	%1037 = mul i32 %1, 8
	%1038 = add i32 %1037, 4
	%1039 = mul i32 %2, %NQ
	%1040 = add i32 %1039, %1038
	%1041 = mul i32 %1040, %NK
	%1042 = mul i32 %1038, 64
	%1043 = add i32 %1042, %off
	%1044 = add i32 %1038, 1
	%1045 = mul i32 %1044, 64
	%1046 = icmp slt i32 %1045, %M
	%1047 = select i1 %1046, i32 %1045, i32 %M
	%1048 = sub i32 %1047, 1
	%1049 = add i32 %1048, %off
	%1050 = icmp slt i32 %1043, 0
	%1051 = sub i32 0, %1043
	%1052 = sub i32 64, 1
	%1053 = add i32 %1051, %1052
	%1054 = sdiv i32 %1053, 64
	%1055 = sub i32 0, %1054
	%1056 = sdiv i32 %1043, 64
	%1057 = select i1 %1050, i32 %1055, i32 %1056
	%1058 = icmp slt i32 %1049, 0
	%1059 = sub i32 0, %1049
	%1060 = sub i32 64, 1
	%1061 = add i32 %1059, %1060
	%1062 = sdiv i32 %1061, 64
	%1063 = sub i32 0, %1062
	%1064 = sdiv i32 %1049, 64
	%1065 = select i1 %1058, i32 %1063, i32 %1064
	%1066 = icmp slt i32 %1038, %NQ
	br i1 %1066, label %1365, label %1366

1067:
	%1068 = phi i32 [ %0, %1035 ], [ %1282, %1071 ]
	%1069 = phi i32 [ 0, %1035 ], [ %1281, %1071 ]
	%1070 = icmp slt i32 %1068, %14
	br i1 %1070, label %1071, label %1283

1071:
	%1072 = sub i32 %14, 1
	%1073 = add i32 %1068, 0
	%1074 = icmp slt i32 %1073, %14
	%1075 = icmp slt i32 %1073, %1072
	%1076 = select i1 %1075, i32 %1073, i32 %1072
	%1077 = add i32 %1068, 256
	%1078 = icmp slt i32 %1077, %14
	%1079 = icmp slt i32 %1077, %1072
	%1080 = select i1 %1079, i32 %1077, i32 %1072
	%1081 = add i32 %1068, 512
	%1082 = icmp slt i32 %1081, %14
	%1083 = icmp slt i32 %1081, %1072
	%1084 = select i1 %1083, i32 %1081, i32 %1072
	%1085 = add i32 %1068, 768
	%1086 = icmp slt i32 %1085, %14
	%1087 = icmp slt i32 %1085, %1072
	%1088 = select i1 %1087, i32 %1085, i32 %1072
	%1089 = add i32 %1068, 1024
	%1090 = icmp slt i32 %1089, %14
	%1091 = icmp slt i32 %1089, %1072
	%1092 = select i1 %1091, i32 %1089, i32 %1072
	%1093 = add i32 %1068, 1280
	%1094 = icmp slt i32 %1093, %14
	%1095 = icmp slt i32 %1093, %1072
	%1096 = select i1 %1095, i32 %1093, i32 %1072
	%1097 = add i32 %1068, 1536
	%1098 = icmp slt i32 %1097, %14
	%1099 = icmp slt i32 %1097, %1072
	%1100 = select i1 %1099, i32 %1097, i32 %1072
	%1101 = add i32 %1068, 1792
	%1102 = icmp slt i32 %1101, %14
	%1103 = icmp slt i32 %1101, %1072
	%1104 = select i1 %1103, i32 %1101, i32 %1072
	%1105 = sub i32 %NK, 1
	%1106 = icmp slt i32 %1073, %1105
	%1107 = select i1 %1106, i32 %1073, i32 %1105
	%1108 = add i32 %711, %1107
	%1109 = sext i32 %1108 to i64
	%1110 = getelementptr float, float* %e, i64 %1109
	%1111 = load float, float* %1110
	%1112 = icmp slt i32 %1077, %1105
	%1113 = select i1 %1112, i32 %1077, i32 %1105
	%1114 = add i32 %711, %1113
	%1115 = sext i32 %1114 to i64
	%1116 = getelementptr float, float* %e, i64 %1115
	%1117 = load float, float* %1116
	%1118 = icmp slt i32 %1081, %1105
	%1119 = select i1 %1118, i32 %1081, i32 %1105
	%1120 = add i32 %711, %1119
	%1121 = sext i32 %1120 to i64
	%1122 = getelementptr float, float* %e, i64 %1121
	%1123 = load float, float* %1122
	%1124 = icmp slt i32 %1085, %1105
	%1125 = select i1 %1124, i32 %1085, i32 %1105
	%1126 = add i32 %711, %1125
	%1127 = sext i32 %1126 to i64
	%1128 = getelementptr float, float* %e, i64 %1127
	%1129 = load float, float* %1128
	%1130 = icmp slt i32 %1089, %1105
	%1131 = select i1 %1130, i32 %1089, i32 %1105
	%1132 = add i32 %711, %1131
	%1133 = sext i32 %1132 to i64
	%1134 = getelementptr float, float* %e, i64 %1133
	%1135 = load float, float* %1134
	%1136 = icmp slt i32 %1093, %1105
	%1137 = select i1 %1136, i32 %1093, i32 %1105
	%1138 = add i32 %711, %1137
	%1139 = sext i32 %1138 to i64
	%1140 = getelementptr float, float* %e, i64 %1139
	%1141 = load float, float* %1140
	%1142 = icmp slt i32 %1097, %1105
	%1143 = select i1 %1142, i32 %1097, i32 %1105
	%1144 = add i32 %711, %1143
	%1145 = sext i32 %1144 to i64
	%1146 = getelementptr float, float* %e, i64 %1145
	%1147 = load float, float* %1146
	%1148 = icmp slt i32 %1101, %1105
	%1149 = select i1 %1148, i32 %1101, i32 %1105
	%1150 = add i32 %711, %1149
	%1151 = sext i32 %1150 to i64
	%1152 = getelementptr float, float* %e, i64 %1151
	%1153 = load float, float* %1152
	%1154 = icmp slt i32 %1073, %NK
	%1155 = fcmp oge float %1111, 0.0
	%1156 = and i1 %1154, %1155
	%1157 = icmp sge i32 %1073, %727
	%1158 = icmp sle i32 %1073, %735
	%1159 = and i1 %1157, %1158
	%1160 = or i1 false, %1159
	%1161 = icmp eq i32 %1073, 0
	%1162 = or i1 %1160, %1161
	%1163 = bitcast float %1111 to i32
	%1164 = add i32 %1163, 2
	%1165 = select i1 %1162, i32 1, i32 %1164
	%1166 = select i1 %1156, i32 %1165, i32 0
	%1167 = icmp slt i32 %1077, %NK
	%1168 = fcmp oge float %1117, 0.0
	%1169 = and i1 %1167, %1168
	%1170 = icmp sge i32 %1077, %727
	%1171 = icmp sle i32 %1077, %735
	%1172 = and i1 %1170, %1171
	%1173 = or i1 false, %1172
	%1174 = icmp eq i32 %1077, 0
	%1175 = or i1 %1173, %1174
	%1176 = bitcast float %1117 to i32
	%1177 = add i32 %1176, 2
	%1178 = select i1 %1175, i32 1, i32 %1177
	%1179 = select i1 %1169, i32 %1178, i32 0
	%1180 = icmp slt i32 %1081, %NK
	%1181 = fcmp oge float %1123, 0.0
	%1182 = and i1 %1180, %1181
	%1183 = icmp sge i32 %1081, %727
	%1184 = icmp sle i32 %1081, %735
	%1185 = and i1 %1183, %1184
	%1186 = or i1 false, %1185
	%1187 = icmp eq i32 %1081, 0
	%1188 = or i1 %1186, %1187
	%1189 = bitcast float %1123 to i32
	%1190 = add i32 %1189, 2
	%1191 = select i1 %1188, i32 1, i32 %1190
	%1192 = select i1 %1182, i32 %1191, i32 0
	%1193 = icmp slt i32 %1085, %NK
	%1194 = fcmp oge float %1129, 0.0
	%1195 = and i1 %1193, %1194
	%1196 = icmp sge i32 %1085, %727
	%1197 = icmp sle i32 %1085, %735
	%1198 = and i1 %1196, %1197
	%1199 = or i1 false, %1198
	%1200 = icmp eq i32 %1085, 0
	%1201 = or i1 %1199, %1200
	%1202 = bitcast float %1129 to i32
	%1203 = add i32 %1202, 2
	%1204 = select i1 %1201, i32 1, i32 %1203
	%1205 = select i1 %1195, i32 %1204, i32 0
	%1206 = icmp slt i32 %1089, %NK
	%1207 = fcmp oge float %1135, 0.0
	%1208 = and i1 %1206, %1207
	%1209 = icmp sge i32 %1089, %727
	%1210 = icmp sle i32 %1089, %735
	%1211 = and i1 %1209, %1210
	%1212 = or i1 false, %1211
	%1213 = icmp eq i32 %1089, 0
	%1214 = or i1 %1212, %1213
	%1215 = bitcast float %1135 to i32
	%1216 = add i32 %1215, 2
	%1217 = select i1 %1214, i32 1, i32 %1216
	%1218 = select i1 %1208, i32 %1217, i32 0
	%1219 = icmp slt i32 %1093, %NK
	%1220 = fcmp oge float %1141, 0.0
	%1221 = and i1 %1219, %1220
	%1222 = icmp sge i32 %1093, %727
	%1223 = icmp sle i32 %1093, %735
	%1224 = and i1 %1222, %1223
	%1225 = or i1 false, %1224
	%1226 = icmp eq i32 %1093, 0
	%1227 = or i1 %1225, %1226
	%1228 = bitcast float %1141 to i32
	%1229 = add i32 %1228, 2
	%1230 = select i1 %1227, i32 1, i32 %1229
	%1231 = select i1 %1221, i32 %1230, i32 0
	%1232 = icmp slt i32 %1097, %NK
	%1233 = fcmp oge float %1147, 0.0
	%1234 = and i1 %1232, %1233
	%1235 = icmp sge i32 %1097, %727
	%1236 = icmp sle i32 %1097, %735
	%1237 = and i1 %1235, %1236
	%1238 = or i1 false, %1237
	%1239 = icmp eq i32 %1097, 0
	%1240 = or i1 %1238, %1239
	%1241 = bitcast float %1147 to i32
	%1242 = add i32 %1241, 2
	%1243 = select i1 %1240, i32 1, i32 %1242
	%1244 = select i1 %1234, i32 %1243, i32 0
	%1245 = icmp slt i32 %1101, %NK
	%1246 = fcmp oge float %1153, 0.0
	%1247 = and i1 %1245, %1246
	%1248 = icmp sge i32 %1101, %727
	%1249 = icmp sle i32 %1101, %735
	%1250 = and i1 %1248, %1249
	%1251 = or i1 false, %1250
	%1252 = icmp eq i32 %1101, 0
	%1253 = or i1 %1251, %1252
	%1254 = bitcast float %1153 to i32
	%1255 = add i32 %1254, 2
	%1256 = select i1 %1253, i32 1, i32 %1255
	%1257 = select i1 %1247, i32 %1256, i32 0
	%1258 = icmp eq i32 %1166, %7
	%1259 = zext i1 %1258 to i32
	%1260 = add i32 %1069, %1259
	%1261 = icmp eq i32 %1179, %7
	%1262 = zext i1 %1261 to i32
	%1263 = add i32 %1260, %1262
	%1264 = icmp eq i32 %1192, %7
	%1265 = zext i1 %1264 to i32
	%1266 = add i32 %1263, %1265
	%1267 = icmp eq i32 %1205, %7
	%1268 = zext i1 %1267 to i32
	%1269 = add i32 %1266, %1268
	%1270 = icmp eq i32 %1218, %7
	%1271 = zext i1 %1270 to i32
	%1272 = add i32 %1269, %1271
	%1273 = icmp eq i32 %1231, %7
	%1274 = zext i1 %1273 to i32
	%1275 = add i32 %1272, %1274
	%1276 = icmp eq i32 %1244, %7
	%1277 = zext i1 %1276 to i32
	%1278 = add i32 %1275, %1277
	%1279 = icmp eq i32 %1257, %7
	%1280 = zext i1 %1279 to i32
	%1281 = add i32 %1278, %1280
	%1282 = add i32 %1068, 2048
	br label %1067

1283:
	%1284 = and i32 %0, 31
	%1285 = lshr i32 %0, 5
	%1286 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1069, i32 1, i32 0)
	%1287 = icmp uge i32 %1284, 1
	%1288 = select i1 %1287, i32 %1286, i32 0
	%1289 = add i32 %1069, %1288
	%1290 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1289, i32 2, i32 0)
	%1291 = icmp uge i32 %1284, 2
	%1292 = select i1 %1291, i32 %1290, i32 0
	%1293 = add i32 %1289, %1292
	%1294 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1293, i32 4, i32 0)
	%1295 = icmp uge i32 %1284, 4
	%1296 = select i1 %1295, i32 %1294, i32 0
	%1297 = add i32 %1293, %1296
	%1298 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1297, i32 8, i32 0)
	%1299 = icmp uge i32 %1284, 8
	%1300 = select i1 %1299, i32 %1298, i32 0
	%1301 = add i32 %1297, %1300
	%1302 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1301, i32 16, i32 0)
	%1303 = icmp uge i32 %1284, 16
	%1304 = select i1 %1303, i32 %1302, i32 0
	%1305 = add i32 %1301, %1304
	%1306 = icmp eq i32 %1284, 31
	br i1 %1306, label %1307, label %1309

1307:
	%1308 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %1285
	store i32 %1305, i32 addrspace(3)* %1308
	br label %1309

1309:
	call void @llvm.nvvm.barrier0()
	%1310 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%1311 = load i32, i32 addrspace(3)* %1310
	%1312 = icmp sgt i32 %1285, 0
	%1313 = select i1 %1312, i32 %1311, i32 0
	%1314 = add i32 0, %1313
	%1315 = add i32 0, %1311
	%1316 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%1317 = load i32, i32 addrspace(3)* %1316
	%1318 = icmp sgt i32 %1285, 1
	%1319 = select i1 %1318, i32 %1317, i32 0
	%1320 = add i32 %1314, %1319
	%1321 = add i32 %1315, %1317
	%1322 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%1323 = load i32, i32 addrspace(3)* %1322
	%1324 = icmp sgt i32 %1285, 2
	%1325 = select i1 %1324, i32 %1323, i32 0
	%1326 = add i32 %1320, %1325
	%1327 = add i32 %1321, %1323
	%1328 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%1329 = load i32, i32 addrspace(3)* %1328
	%1330 = icmp sgt i32 %1285, 3
	%1331 = select i1 %1330, i32 %1329, i32 0
	%1332 = add i32 %1326, %1331
	%1333 = add i32 %1327, %1329
	%1334 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%1335 = load i32, i32 addrspace(3)* %1334
	%1336 = icmp sgt i32 %1285, 4
	%1337 = select i1 %1336, i32 %1335, i32 0
	%1338 = add i32 %1332, %1337
	%1339 = add i32 %1333, %1335
	%1340 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%1341 = load i32, i32 addrspace(3)* %1340
	%1342 = icmp sgt i32 %1285, 5
	%1343 = select i1 %1342, i32 %1341, i32 0
	%1344 = add i32 %1338, %1343
	%1345 = add i32 %1339, %1341
	%1346 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%1347 = load i32, i32 addrspace(3)* %1346
	%1348 = icmp sgt i32 %1285, 6
	%1349 = select i1 %1348, i32 %1347, i32 0
	%1350 = add i32 %1344, %1349
	%1351 = add i32 %1345, %1347
	%1352 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%1353 = load i32, i32 addrspace(3)* %1352
	%1354 = icmp sgt i32 %1285, 7
	%1355 = select i1 %1354, i32 %1353, i32 0
	%1356 = add i32 %1350, %1355
	%1357 = add i32 %1351, %1353
	%1358 = add i32 %1356, %1305
	%1359 = sub i32 %1358, %1069
	%1360 = icmp eq i32 %0, 0
	br i1 %1360, label %1361, label %1364

1361:
	%1362 = sext i32 %710 to i64
	%1363 = getelementptr i32, i32* %ties, i64 %1362
	store i32 %1357, i32* %1363
	br label %1364

1364:
	br label %1036

1365:
	br label %1397

1366:
	%1367 = mul i32 %1, 8
	%1368 = add i32 %1367, 5
	%1369 = mul i32 %2, %NQ
	%1370 = add i32 %1369, %1368
	%1371 = mul i32 %1370, %NK
	%1372 = mul i32 %1368, 64
	%1373 = add i32 %1372, %off
	%1374 = add i32 %1368, 1
	%1375 = mul i32 %1374, 64
	%1376 = icmp slt i32 %1375, %M
	%1377 = select i1 %1376, i32 %1375, i32 %M
	%1378 = sub i32 %1377, 1
	%1379 = add i32 %1378, %off
	%1380 = icmp slt i32 %1373, 0
	%1381 = sub i32 0, %1373
	%1382 = sub i32 64, 1
	%1383 = add i32 %1381, %1382
	%1384 = sdiv i32 %1383, 64
	%1385 = sub i32 0, %1384
	%1386 = sdiv i32 %1373, 64
	%1387 = select i1 %1380, i32 %1385, i32 %1386
	%1388 = icmp slt i32 %1379, 0
	%1389 = sub i32 0, %1379
	%1390 = sub i32 64, 1
	%1391 = add i32 %1389, %1390
	%1392 = sdiv i32 %1391, 64
	%1393 = sub i32 0, %1392
	%1394 = sdiv i32 %1379, 64
	%1395 = select i1 %1388, i32 %1393, i32 %1394
	%1396 = icmp slt i32 %1368, %NQ
	br i1 %1396, label %1695, label %1696

1397:
	%1398 = phi i32 [ %0, %1365 ], [ %1612, %1401 ]
	%1399 = phi i32 [ 0, %1365 ], [ %1611, %1401 ]
	%1400 = icmp slt i32 %1398, %14
	br i1 %1400, label %1401, label %1613

1401:
	%1402 = sub i32 %14, 1
	%1403 = add i32 %1398, 0
	%1404 = icmp slt i32 %1403, %14
	%1405 = icmp slt i32 %1403, %1402
	%1406 = select i1 %1405, i32 %1403, i32 %1402
	%1407 = add i32 %1398, 256
	%1408 = icmp slt i32 %1407, %14
	%1409 = icmp slt i32 %1407, %1402
	%1410 = select i1 %1409, i32 %1407, i32 %1402
	%1411 = add i32 %1398, 512
	%1412 = icmp slt i32 %1411, %14
	%1413 = icmp slt i32 %1411, %1402
	%1414 = select i1 %1413, i32 %1411, i32 %1402
	%1415 = add i32 %1398, 768
	%1416 = icmp slt i32 %1415, %14
	%1417 = icmp slt i32 %1415, %1402
	%1418 = select i1 %1417, i32 %1415, i32 %1402
	%1419 = add i32 %1398, 1024
	%1420 = icmp slt i32 %1419, %14
	%1421 = icmp slt i32 %1419, %1402
	%1422 = select i1 %1421, i32 %1419, i32 %1402
	%1423 = add i32 %1398, 1280
	%1424 = icmp slt i32 %1423, %14
	%1425 = icmp slt i32 %1423, %1402
	%1426 = select i1 %1425, i32 %1423, i32 %1402
	%1427 = add i32 %1398, 1536
	%1428 = icmp slt i32 %1427, %14
	%1429 = icmp slt i32 %1427, %1402
	%1430 = select i1 %1429, i32 %1427, i32 %1402
	%1431 = add i32 %1398, 1792
	%1432 = icmp slt i32 %1431, %14
	%1433 = icmp slt i32 %1431, %1402
	%1434 = select i1 %1433, i32 %1431, i32 %1402
	%1435 = sub i32 %NK, 1
	%1436 = icmp slt i32 %1403, %1435
	%1437 = select i1 %1436, i32 %1403, i32 %1435
	%1438 = add i32 %1041, %1437
	%1439 = sext i32 %1438 to i64
	%1440 = getelementptr float, float* %e, i64 %1439
	%1441 = load float, float* %1440
	%1442 = icmp slt i32 %1407, %1435
	%1443 = select i1 %1442, i32 %1407, i32 %1435
	%1444 = add i32 %1041, %1443
	%1445 = sext i32 %1444 to i64
	%1446 = getelementptr float, float* %e, i64 %1445
	%1447 = load float, float* %1446
	%1448 = icmp slt i32 %1411, %1435
	%1449 = select i1 %1448, i32 %1411, i32 %1435
	%1450 = add i32 %1041, %1449
	%1451 = sext i32 %1450 to i64
	%1452 = getelementptr float, float* %e, i64 %1451
	%1453 = load float, float* %1452
	%1454 = icmp slt i32 %1415, %1435
	%1455 = select i1 %1454, i32 %1415, i32 %1435
	%1456 = add i32 %1041, %1455
	%1457 = sext i32 %1456 to i64
	%1458 = getelementptr float, float* %e, i64 %1457
	%1459 = load float, float* %1458
	%1460 = icmp slt i32 %1419, %1435
	%1461 = select i1 %1460, i32 %1419, i32 %1435
	%1462 = add i32 %1041, %1461
	%1463 = sext i32 %1462 to i64
	%1464 = getelementptr float, float* %e, i64 %1463
	%1465 = load float, float* %1464
	%1466 = icmp slt i32 %1423, %1435
	%1467 = select i1 %1466, i32 %1423, i32 %1435
	%1468 = add i32 %1041, %1467
	%1469 = sext i32 %1468 to i64
	%1470 = getelementptr float, float* %e, i64 %1469
	%1471 = load float, float* %1470
	%1472 = icmp slt i32 %1427, %1435
	%1473 = select i1 %1472, i32 %1427, i32 %1435
	%1474 = add i32 %1041, %1473
	%1475 = sext i32 %1474 to i64
	%1476 = getelementptr float, float* %e, i64 %1475
	%1477 = load float, float* %1476
	%1478 = icmp slt i32 %1431, %1435
	%1479 = select i1 %1478, i32 %1431, i32 %1435
	%1480 = add i32 %1041, %1479
	%1481 = sext i32 %1480 to i64
	%1482 = getelementptr float, float* %e, i64 %1481
	%1483 = load float, float* %1482
	%1484 = icmp slt i32 %1403, %NK
	%1485 = fcmp oge float %1441, 0.0
	%1486 = and i1 %1484, %1485
	%1487 = icmp sge i32 %1403, %1057
	%1488 = icmp sle i32 %1403, %1065
	%1489 = and i1 %1487, %1488
	%1490 = or i1 false, %1489
	%1491 = icmp eq i32 %1403, 0
	%1492 = or i1 %1490, %1491
	%1493 = bitcast float %1441 to i32
	%1494 = add i32 %1493, 2
	%1495 = select i1 %1492, i32 1, i32 %1494
	%1496 = select i1 %1486, i32 %1495, i32 0
	%1497 = icmp slt i32 %1407, %NK
	%1498 = fcmp oge float %1447, 0.0
	%1499 = and i1 %1497, %1498
	%1500 = icmp sge i32 %1407, %1057
	%1501 = icmp sle i32 %1407, %1065
	%1502 = and i1 %1500, %1501
	%1503 = or i1 false, %1502
	%1504 = icmp eq i32 %1407, 0
	%1505 = or i1 %1503, %1504
	%1506 = bitcast float %1447 to i32
	%1507 = add i32 %1506, 2
	%1508 = select i1 %1505, i32 1, i32 %1507
	%1509 = select i1 %1499, i32 %1508, i32 0
	%1510 = icmp slt i32 %1411, %NK
	%1511 = fcmp oge float %1453, 0.0
	%1512 = and i1 %1510, %1511
	%1513 = icmp sge i32 %1411, %1057
	%1514 = icmp sle i32 %1411, %1065
	%1515 = and i1 %1513, %1514
	%1516 = or i1 false, %1515
	%1517 = icmp eq i32 %1411, 0
	%1518 = or i1 %1516, %1517
	%1519 = bitcast float %1453 to i32
	%1520 = add i32 %1519, 2
	%1521 = select i1 %1518, i32 1, i32 %1520
	%1522 = select i1 %1512, i32 %1521, i32 0
	%1523 = icmp slt i32 %1415, %NK
	%1524 = fcmp oge float %1459, 0.0
	%1525 = and i1 %1523, %1524
	%1526 = icmp sge i32 %1415, %1057
	%1527 = icmp sle i32 %1415, %1065
	%1528 = and i1 %1526, %1527
	%1529 = or i1 false, %1528
	%1530 = icmp eq i32 %1415, 0
	%1531 = or i1 %1529, %1530
	%1532 = bitcast float %1459 to i32
	%1533 = add i32 %1532, 2
	%1534 = select i1 %1531, i32 1, i32 %1533
	%1535 = select i1 %1525, i32 %1534, i32 0
	%1536 = icmp slt i32 %1419, %NK
	%1537 = fcmp oge float %1465, 0.0
	%1538 = and i1 %1536, %1537
	%1539 = icmp sge i32 %1419, %1057
	%1540 = icmp sle i32 %1419, %1065
	%1541 = and i1 %1539, %1540
	%1542 = or i1 false, %1541
	%1543 = icmp eq i32 %1419, 0
	%1544 = or i1 %1542, %1543
	%1545 = bitcast float %1465 to i32
	%1546 = add i32 %1545, 2
	%1547 = select i1 %1544, i32 1, i32 %1546
	%1548 = select i1 %1538, i32 %1547, i32 0
	%1549 = icmp slt i32 %1423, %NK
	%1550 = fcmp oge float %1471, 0.0
	%1551 = and i1 %1549, %1550
	%1552 = icmp sge i32 %1423, %1057
	%1553 = icmp sle i32 %1423, %1065
	%1554 = and i1 %1552, %1553
	%1555 = or i1 false, %1554
	%1556 = icmp eq i32 %1423, 0
	%1557 = or i1 %1555, %1556
	%1558 = bitcast float %1471 to i32
	%1559 = add i32 %1558, 2
	%1560 = select i1 %1557, i32 1, i32 %1559
	%1561 = select i1 %1551, i32 %1560, i32 0
	%1562 = icmp slt i32 %1427, %NK
	%1563 = fcmp oge float %1477, 0.0
	%1564 = and i1 %1562, %1563
	%1565 = icmp sge i32 %1427, %1057
	%1566 = icmp sle i32 %1427, %1065
	%1567 = and i1 %1565, %1566
	%1568 = or i1 false, %1567
	%1569 = icmp eq i32 %1427, 0
	%1570 = or i1 %1568, %1569
	%1571 = bitcast float %1477 to i32
	%1572 = add i32 %1571, 2
	%1573 = select i1 %1570, i32 1, i32 %1572
	%1574 = select i1 %1564, i32 %1573, i32 0
	%1575 = icmp slt i32 %1431, %NK
	%1576 = fcmp oge float %1483, 0.0
	%1577 = and i1 %1575, %1576
	%1578 = icmp sge i32 %1431, %1057
	%1579 = icmp sle i32 %1431, %1065
	%1580 = and i1 %1578, %1579
	%1581 = or i1 false, %1580
	%1582 = icmp eq i32 %1431, 0
	%1583 = or i1 %1581, %1582
	%1584 = bitcast float %1483 to i32
	%1585 = add i32 %1584, 2
	%1586 = select i1 %1583, i32 1, i32 %1585
	%1587 = select i1 %1577, i32 %1586, i32 0
	%1588 = icmp eq i32 %1496, %7
	%1589 = zext i1 %1588 to i32
	%1590 = add i32 %1399, %1589
	%1591 = icmp eq i32 %1509, %7
	%1592 = zext i1 %1591 to i32
	%1593 = add i32 %1590, %1592
	%1594 = icmp eq i32 %1522, %7
	%1595 = zext i1 %1594 to i32
	%1596 = add i32 %1593, %1595
	%1597 = icmp eq i32 %1535, %7
	%1598 = zext i1 %1597 to i32
	%1599 = add i32 %1596, %1598
	%1600 = icmp eq i32 %1548, %7
	%1601 = zext i1 %1600 to i32
	%1602 = add i32 %1599, %1601
	%1603 = icmp eq i32 %1561, %7
	%1604 = zext i1 %1603 to i32
	%1605 = add i32 %1602, %1604
	%1606 = icmp eq i32 %1574, %7
	%1607 = zext i1 %1606 to i32
	%1608 = add i32 %1605, %1607
	%1609 = icmp eq i32 %1587, %7
	%1610 = zext i1 %1609 to i32
	%1611 = add i32 %1608, %1610
	%1612 = add i32 %1398, 2048
	br label %1397

1613:
	%1614 = and i32 %0, 31
	%1615 = lshr i32 %0, 5
	%1616 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1399, i32 1, i32 0)
	%1617 = icmp uge i32 %1614, 1
	%1618 = select i1 %1617, i32 %1616, i32 0
	%1619 = add i32 %1399, %1618
	%1620 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1619, i32 2, i32 0)
	%1621 = icmp uge i32 %1614, 2
	%1622 = select i1 %1621, i32 %1620, i32 0
	%1623 = add i32 %1619, %1622
	%1624 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1623, i32 4, i32 0)
	%1625 = icmp uge i32 %1614, 4
	%1626 = select i1 %1625, i32 %1624, i32 0
	%1627 = add i32 %1623, %1626
	%1628 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1627, i32 8, i32 0)
	%1629 = icmp uge i32 %1614, 8
	%1630 = select i1 %1629, i32 %1628, i32 0
	%1631 = add i32 %1627, %1630
	%1632 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1631, i32 16, i32 0)
	%1633 = icmp uge i32 %1614, 16
	%1634 = select i1 %1633, i32 %1632, i32 0
	%1635 = add i32 %1631, %1634
	%1636 = icmp eq i32 %1614, 31
	br i1 %1636, label %1637, label %1639

1637:
	%1638 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %1615
	store i32 %1635, i32 addrspace(3)* %1638
	br label %1639

1639:
	call void @llvm.nvvm.barrier0()
	%1640 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%1641 = load i32, i32 addrspace(3)* %1640
	%1642 = icmp sgt i32 %1615, 0
	%1643 = select i1 %1642, i32 %1641, i32 0
	%1644 = add i32 0, %1643
	%1645 = add i32 0, %1641
	%1646 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%1647 = load i32, i32 addrspace(3)* %1646
	%1648 = icmp sgt i32 %1615, 1
	%1649 = select i1 %1648, i32 %1647, i32 0
	%1650 = add i32 %1644, %1649
	%1651 = add i32 %1645, %1647
	%1652 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%1653 = load i32, i32 addrspace(3)* %1652
	%1654 = icmp sgt i32 %1615, 2
	%1655 = select i1 %1654, i32 %1653, i32 0
	%1656 = add i32 %1650, %1655
	%1657 = add i32 %1651, %1653
	%1658 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%1659 = load i32, i32 addrspace(3)* %1658
	%1660 = icmp sgt i32 %1615, 3
	%1661 = select i1 %1660, i32 %1659, i32 0
	%1662 = add i32 %1656, %1661
	%1663 = add i32 %1657, %1659
	%1664 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%1665 = load i32, i32 addrspace(3)* %1664
	%1666 = icmp sgt i32 %1615, 4
	%1667 = select i1 %1666, i32 %1665, i32 0
	%1668 = add i32 %1662, %1667
	%1669 = add i32 %1663, %1665
	%1670 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%1671 = load i32, i32 addrspace(3)* %1670
	%1672 = icmp sgt i32 %1615, 5
	%1673 = select i1 %1672, i32 %1671, i32 0
	%1674 = add i32 %1668, %1673
	%1675 = add i32 %1669, %1671
	%1676 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%1677 = load i32, i32 addrspace(3)* %1676
	%1678 = icmp sgt i32 %1615, 6
	%1679 = select i1 %1678, i32 %1677, i32 0
	%1680 = add i32 %1674, %1679
	%1681 = add i32 %1675, %1677
	%1682 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%1683 = load i32, i32 addrspace(3)* %1682
	%1684 = icmp sgt i32 %1615, 7
	%1685 = select i1 %1684, i32 %1683, i32 0
	%1686 = add i32 %1680, %1685
	%1687 = add i32 %1681, %1683
	%1688 = add i32 %1686, %1635
	%1689 = sub i32 %1688, %1399
	%1690 = icmp eq i32 %0, 0
	br i1 %1690, label %1691, label %1694

1691:
	%1692 = sext i32 %1040 to i64
	%1693 = getelementptr i32, i32* %ties, i64 %1692
	store i32 %1687, i32* %1693
	br label %1694

1694:
	br label %1366

1695:
	br label %1727

1696:
	%1697 = mul i32 %1, 8
	%1698 = add i32 %1697, 6
	%1699 = mul i32 %2, %NQ
	%1700 = add i32 %1699, %1698
	%1701 = mul i32 %1700, %NK
	%1702 = mul i32 %1698, 64
	%1703 = add i32 %1702, %off
	%1704 = add i32 %1698, 1
	%1705 = mul i32 %1704, 64
	%1706 = icmp slt i32 %1705, %M
	%1707 = select i1 %1706, i32 %1705, i32 %M
	%1708 = sub i32 %1707, 1
	%1709 = add i32 %1708, %off
	%1710 = icmp slt i32 %1703, 0
	%1711 = sub i32 0, %1703
	%1712 = sub i32 64, 1
	%1713 = add i32 %1711, %1712
	%1714 = sdiv i32 %1713, 64
	%1715 = sub i32 0, %1714
	%1716 = sdiv i32 %1703, 64
	%1717 = select i1 %1710, i32 %1715, i32 %1716
	%1718 = icmp slt i32 %1709, 0
	%1719 = sub i32 0, %1709
	%1720 = sub i32 64, 1
	%1721 = add i32 %1719, %1720
	%1722 = sdiv i32 %1721, 64
	%1723 = sub i32 0, %1722
	%1724 = sdiv i32 %1709, 64
	%1725 = select i1 %1718, i32 %1723, i32 %1724
	%1726 = icmp slt i32 %1698, %NQ
	br i1 %1726, label %2025, label %2026

1727:
	%1728 = phi i32 [ %0, %1695 ], [ %1942, %1731 ]
	%1729 = phi i32 [ 0, %1695 ], [ %1941, %1731 ]
	%1730 = icmp slt i32 %1728, %14
	br i1 %1730, label %1731, label %1943

1731:
	%1732 = sub i32 %14, 1
	%1733 = add i32 %1728, 0
	%1734 = icmp slt i32 %1733, %14
	%1735 = icmp slt i32 %1733, %1732
	%1736 = select i1 %1735, i32 %1733, i32 %1732
	%1737 = add i32 %1728, 256
	%1738 = icmp slt i32 %1737, %14
	%1739 = icmp slt i32 %1737, %1732
	%1740 = select i1 %1739, i32 %1737, i32 %1732
	%1741 = add i32 %1728, 512
	%1742 = icmp slt i32 %1741, %14
	%1743 = icmp slt i32 %1741, %1732
	%1744 = select i1 %1743, i32 %1741, i32 %1732
	%1745 = add i32 %1728, 768
	%1746 = icmp slt i32 %1745, %14
	%1747 = icmp slt i32 %1745, %1732
	%1748 = select i1 %1747, i32 %1745, i32 %1732
	%1749 = add i32 %1728, 1024
	%1750 = icmp slt i32 %1749, %14
	%1751 = icmp slt i32 %1749, %1732
	%1752 = select i1 %1751, i32 %1749, i32 %1732
	%1753 = add i32 %1728, 1280
	%1754 = icmp slt i32 %1753, %14
	%1755 = icmp slt i32 %1753, %1732
	%1756 = select i1 %1755, i32 %1753, i32 %1732
	%1757 = add i32 %1728, 1536
	%1758 = icmp slt i32 %1757, %14
	%1759 = icmp slt i32 %1757, %1732
	%1760 = select i1 %1759, i32 %1757, i32 %1732
	%1761 = add i32 %1728, 1792
	%1762 = icmp slt i32 %1761, %14
	%1763 = icmp slt i32 %1761, %1732
	%1764 = select i1 %1763, i32 %1761, i32 %1732
	%1765 = sub i32 %NK, 1
	%1766 = icmp slt i32 %1733, %1765
	%1767 = select i1 %1766, i32 %1733, i32 %1765
	%1768 = add i32 %1371, %1767
	%1769 = sext i32 %1768 to i64
	%1770 = getelementptr float, float* %e, i64 %1769
	%1771 = load float, float* %1770
	%1772 = icmp slt i32 %1737, %1765
	%1773 = select i1 %1772, i32 %1737, i32 %1765
	%1774 = add i32 %1371, %1773
	%1775 = sext i32 %1774 to i64
	%1776 = getelementptr float, float* %e, i64 %1775
	%1777 = load float, float* %1776
	%1778 = icmp slt i32 %1741, %1765
	%1779 = select i1 %1778, i32 %1741, i32 %1765
	%1780 = add i32 %1371, %1779
	%1781 = sext i32 %1780 to i64
	%1782 = getelementptr float, float* %e, i64 %1781
	%1783 = load float, float* %1782
	%1784 = icmp slt i32 %1745, %1765
	%1785 = select i1 %1784, i32 %1745, i32 %1765
	%1786 = add i32 %1371, %1785
	%1787 = sext i32 %1786 to i64
	%1788 = getelementptr float, float* %e, i64 %1787
	%1789 = load float, float* %1788
	%1790 = icmp slt i32 %1749, %1765
	%1791 = select i1 %1790, i32 %1749, i32 %1765
	%1792 = add i32 %1371, %1791
	%1793 = sext i32 %1792 to i64
	%1794 = getelementptr float, float* %e, i64 %1793
	%1795 = load float, float* %1794
	%1796 = icmp slt i32 %1753, %1765
	%1797 = select i1 %1796, i32 %1753, i32 %1765
	%1798 = add i32 %1371, %1797
	%1799 = sext i32 %1798 to i64
	%1800 = getelementptr float, float* %e, i64 %1799
	%1801 = load float, float* %1800
	%1802 = icmp slt i32 %1757, %1765
	%1803 = select i1 %1802, i32 %1757, i32 %1765
	%1804 = add i32 %1371, %1803
	%1805 = sext i32 %1804 to i64
	%1806 = getelementptr float, float* %e, i64 %1805
	%1807 = load float, float* %1806
	%1808 = icmp slt i32 %1761, %1765
	%1809 = select i1 %1808, i32 %1761, i32 %1765
	%1810 = add i32 %1371, %1809
	%1811 = sext i32 %1810 to i64
	%1812 = getelementptr float, float* %e, i64 %1811
	%1813 = load float, float* %1812
	%1814 = icmp slt i32 %1733, %NK
	%1815 = fcmp oge float %1771, 0.0
	%1816 = and i1 %1814, %1815
	%1817 = icmp sge i32 %1733, %1387
	%1818 = icmp sle i32 %1733, %1395
	%1819 = and i1 %1817, %1818
	%1820 = or i1 false, %1819
	%1821 = icmp eq i32 %1733, 0
	%1822 = or i1 %1820, %1821
	%1823 = bitcast float %1771 to i32
	%1824 = add i32 %1823, 2
	%1825 = select i1 %1822, i32 1, i32 %1824
	%1826 = select i1 %1816, i32 %1825, i32 0
	%1827 = icmp slt i32 %1737, %NK
	%1828 = fcmp oge float %1777, 0.0
	%1829 = and i1 %1827, %1828
	%1830 = icmp sge i32 %1737, %1387
	%1831 = icmp sle i32 %1737, %1395
	%1832 = and i1 %1830, %1831
	%1833 = or i1 false, %1832
	%1834 = icmp eq i32 %1737, 0
	%1835 = or i1 %1833, %1834
	%1836 = bitcast float %1777 to i32
	%1837 = add i32 %1836, 2
	%1838 = select i1 %1835, i32 1, i32 %1837
	%1839 = select i1 %1829, i32 %1838, i32 0
	%1840 = icmp slt i32 %1741, %NK
	%1841 = fcmp oge float %1783, 0.0
	%1842 = and i1 %1840, %1841
	%1843 = icmp sge i32 %1741, %1387
	%1844 = icmp sle i32 %1741, %1395
	%1845 = and i1 %1843, %1844
	%1846 = or i1 false, %1845
	%1847 = icmp eq i32 %1741, 0
	%1848 = or i1 %1846, %1847
	%1849 = bitcast float %1783 to i32
	%1850 = add i32 %1849, 2
	%1851 = select i1 %1848, i32 1, i32 %1850
	%1852 = select i1 %1842, i32 %1851, i32 0
	%1853 = icmp slt i32 %1745, %NK
	%1854 = fcmp oge float %1789, 0.0
	%1855 = and i1 %1853, %1854
	%1856 = icmp sge i32 %1745, %1387
	%1857 = icmp sle i32 %1745, %1395
	%1858 = and i1 %1856, %1857
	%1859 = or i1 false, %1858
	%1860 = icmp eq i32 %1745, 0
	%1861 = or i1 %1859, %1860
	%1862 = bitcast float %1789 to i32
	%1863 = add i32 %1862, 2
	%1864 = select i1 %1861, i32 1, i32 %1863
	%1865 = select i1 %1855, i32 %1864, i32 0
	%1866 = icmp slt i32 %1749, %NK
	%1867 = fcmp oge float %1795, 0.0
	%1868 = and i1 %1866, %1867
	%1869 = icmp sge i32 %1749, %1387
	%1870 = icmp sle i32 %1749, %1395
	%1871 = and i1 %1869, %1870
	%1872 = or i1 false, %1871
	%1873 = icmp eq i32 %1749, 0
	%1874 = or i1 %1872, %1873
	%1875 = bitcast float %1795 to i32
	%1876 = add i32 %1875, 2
	%1877 = select i1 %1874, i32 1, i32 %1876
	%1878 = select i1 %1868, i32 %1877, i32 0
	%1879 = icmp slt i32 %1753, %NK
	%1880 = fcmp oge float %1801, 0.0
	%1881 = and i1 %1879, %1880
	%1882 = icmp sge i32 %1753, %1387
	%1883 = icmp sle i32 %1753, %1395
	%1884 = and i1 %1882, %1883
	%1885 = or i1 false, %1884
	%1886 = icmp eq i32 %1753, 0
	%1887 = or i1 %1885, %1886
	%1888 = bitcast float %1801 to i32
	%1889 = add i32 %1888, 2
	%1890 = select i1 %1887, i32 1, i32 %1889
	%1891 = select i1 %1881, i32 %1890, i32 0
	%1892 = icmp slt i32 %1757, %NK
	%1893 = fcmp oge float %1807, 0.0
	%1894 = and i1 %1892, %1893
	%1895 = icmp sge i32 %1757, %1387
	%1896 = icmp sle i32 %1757, %1395
	%1897 = and i1 %1895, %1896
	%1898 = or i1 false, %1897
	%1899 = icmp eq i32 %1757, 0
	%1900 = or i1 %1898, %1899
	%1901 = bitcast float %1807 to i32
	%1902 = add i32 %1901, 2
	%1903 = select i1 %1900, i32 1, i32 %1902
	%1904 = select i1 %1894, i32 %1903, i32 0
	%1905 = icmp slt i32 %1761, %NK
	%1906 = fcmp oge float %1813, 0.0
	%1907 = and i1 %1905, %1906
	%1908 = icmp sge i32 %1761, %1387
	%1909 = icmp sle i32 %1761, %1395
	%1910 = and i1 %1908, %1909
	%1911 = or i1 false, %1910
	%1912 = icmp eq i32 %1761, 0
	%1913 = or i1 %1911, %1912
	%1914 = bitcast float %1813 to i32
	%1915 = add i32 %1914, 2
	%1916 = select i1 %1913, i32 1, i32 %1915
	%1917 = select i1 %1907, i32 %1916, i32 0
	%1918 = icmp eq i32 %1826, %7
	%1919 = zext i1 %1918 to i32
	%1920 = add i32 %1729, %1919
	%1921 = icmp eq i32 %1839, %7
	%1922 = zext i1 %1921 to i32
	%1923 = add i32 %1920, %1922
	%1924 = icmp eq i32 %1852, %7
	%1925 = zext i1 %1924 to i32
	%1926 = add i32 %1923, %1925
	%1927 = icmp eq i32 %1865, %7
	%1928 = zext i1 %1927 to i32
	%1929 = add i32 %1926, %1928
	%1930 = icmp eq i32 %1878, %7
	%1931 = zext i1 %1930 to i32
	%1932 = add i32 %1929, %1931
	%1933 = icmp eq i32 %1891, %7
	%1934 = zext i1 %1933 to i32
	%1935 = add i32 %1932, %1934
	%1936 = icmp eq i32 %1904, %7
	%1937 = zext i1 %1936 to i32
	%1938 = add i32 %1935, %1937
	%1939 = icmp eq i32 %1917, %7
	%1940 = zext i1 %1939 to i32
	%1941 = add i32 %1938, %1940
	%1942 = add i32 %1728, 2048
	br label %1727

1943:
	%1944 = and i32 %0, 31
	%1945 = lshr i32 %0, 5
	%1946 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1729, i32 1, i32 0)
	%1947 = icmp uge i32 %1944, 1
	%1948 = select i1 %1947, i32 %1946, i32 0
	%1949 = add i32 %1729, %1948
	%1950 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1949, i32 2, i32 0)
	%1951 = icmp uge i32 %1944, 2
	%1952 = select i1 %1951, i32 %1950, i32 0
	%1953 = add i32 %1949, %1952
	%1954 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1953, i32 4, i32 0)
	%1955 = icmp uge i32 %1944, 4
	%1956 = select i1 %1955, i32 %1954, i32 0
	%1957 = add i32 %1953, %1956
	%1958 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1957, i32 8, i32 0)
	%1959 = icmp uge i32 %1944, 8
	%1960 = select i1 %1959, i32 %1958, i32 0
	%1961 = add i32 %1957, %1960
	%1962 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %1961, i32 16, i32 0)
	%1963 = icmp uge i32 %1944, 16
	%1964 = select i1 %1963, i32 %1962, i32 0
	%1965 = add i32 %1961, %1964
	%1966 = icmp eq i32 %1944, 31
	br i1 %1966, label %1967, label %1969

1967:
	%1968 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %1945
	store i32 %1965, i32 addrspace(3)* %1968
	br label %1969

1969:
	call void @llvm.nvvm.barrier0()
	%1970 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%1971 = load i32, i32 addrspace(3)* %1970
	%1972 = icmp sgt i32 %1945, 0
	%1973 = select i1 %1972, i32 %1971, i32 0
	%1974 = add i32 0, %1973
	%1975 = add i32 0, %1971
	%1976 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%1977 = load i32, i32 addrspace(3)* %1976
	%1978 = icmp sgt i32 %1945, 1
	%1979 = select i1 %1978, i32 %1977, i32 0
	%1980 = add i32 %1974, %1979
	%1981 = add i32 %1975, %1977
	%1982 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%1983 = load i32, i32 addrspace(3)* %1982
	%1984 = icmp sgt i32 %1945, 2
	%1985 = select i1 %1984, i32 %1983, i32 0
	%1986 = add i32 %1980, %1985
	%1987 = add i32 %1981, %1983
	%1988 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%1989 = load i32, i32 addrspace(3)* %1988
	%1990 = icmp sgt i32 %1945, 3
	%1991 = select i1 %1990, i32 %1989, i32 0
	%1992 = add i32 %1986, %1991
	%1993 = add i32 %1987, %1989
	%1994 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%1995 = load i32, i32 addrspace(3)* %1994
	%1996 = icmp sgt i32 %1945, 4
	%1997 = select i1 %1996, i32 %1995, i32 0
	%1998 = add i32 %1992, %1997
	%1999 = add i32 %1993, %1995
	%2000 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%2001 = load i32, i32 addrspace(3)* %2000
	%2002 = icmp sgt i32 %1945, 5
	%2003 = select i1 %2002, i32 %2001, i32 0
	%2004 = add i32 %1998, %2003
	%2005 = add i32 %1999, %2001
	%2006 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%2007 = load i32, i32 addrspace(3)* %2006
	%2008 = icmp sgt i32 %1945, 6
	%2009 = select i1 %2008, i32 %2007, i32 0
	%2010 = add i32 %2004, %2009
	%2011 = add i32 %2005, %2007
	%2012 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%2013 = load i32, i32 addrspace(3)* %2012
	%2014 = icmp sgt i32 %1945, 7
	%2015 = select i1 %2014, i32 %2013, i32 0
	%2016 = add i32 %2010, %2015
	%2017 = add i32 %2011, %2013
	%2018 = add i32 %2016, %1965
	%2019 = sub i32 %2018, %1729
	%2020 = icmp eq i32 %0, 0
	br i1 %2020, label %2021, label %2024

2021:
	%2022 = sext i32 %1370 to i64
	%2023 = getelementptr i32, i32* %ties, i64 %2022
	store i32 %2017, i32* %2023
	br label %2024

2024:
	br label %1696

2025:
	br label %2057

2026:
	%2027 = mul i32 %1, 8
	%2028 = add i32 %2027, 7
	%2029 = mul i32 %2, %NQ
	%2030 = add i32 %2029, %2028
	%2031 = mul i32 %2030, %NK
	%2032 = mul i32 %2028, 64
	%2033 = add i32 %2032, %off
	%2034 = add i32 %2028, 1
	%2035 = mul i32 %2034, 64
	%2036 = icmp slt i32 %2035, %M
	%2037 = select i1 %2036, i32 %2035, i32 %M
	%2038 = sub i32 %2037, 1
	%2039 = add i32 %2038, %off
	%2040 = icmp slt i32 %2033, 0
	%2041 = sub i32 0, %2033
	%2042 = sub i32 64, 1
	%2043 = add i32 %2041, %2042
	%2044 = sdiv i32 %2043, 64
	%2045 = sub i32 0, %2044
	%2046 = sdiv i32 %2033, 64
	%2047 = select i1 %2040, i32 %2045, i32 %2046
	%2048 = icmp slt i32 %2039, 0
	%2049 = sub i32 0, %2039
	%2050 = sub i32 64, 1
	%2051 = add i32 %2049, %2050
	%2052 = sdiv i32 %2051, 64
	%2053 = sub i32 0, %2052
	%2054 = sdiv i32 %2039, 64
	%2055 = select i1 %2048, i32 %2053, i32 %2054
	%2056 = icmp slt i32 %2028, %NQ
	br i1 %2056, label %2355, label %2356

2057:
	%2058 = phi i32 [ %0, %2025 ], [ %2272, %2061 ]
	%2059 = phi i32 [ 0, %2025 ], [ %2271, %2061 ]
	%2060 = icmp slt i32 %2058, %14
	br i1 %2060, label %2061, label %2273

2061:
	%2062 = sub i32 %14, 1
	%2063 = add i32 %2058, 0
	%2064 = icmp slt i32 %2063, %14
	%2065 = icmp slt i32 %2063, %2062
	%2066 = select i1 %2065, i32 %2063, i32 %2062
	%2067 = add i32 %2058, 256
	%2068 = icmp slt i32 %2067, %14
	%2069 = icmp slt i32 %2067, %2062
	%2070 = select i1 %2069, i32 %2067, i32 %2062
	%2071 = add i32 %2058, 512
	%2072 = icmp slt i32 %2071, %14
	%2073 = icmp slt i32 %2071, %2062
	%2074 = select i1 %2073, i32 %2071, i32 %2062
	%2075 = add i32 %2058, 768
	%2076 = icmp slt i32 %2075, %14
	%2077 = icmp slt i32 %2075, %2062
	%2078 = select i1 %2077, i32 %2075, i32 %2062
	%2079 = add i32 %2058, 1024
	%2080 = icmp slt i32 %2079, %14
	%2081 = icmp slt i32 %2079, %2062
	%2082 = select i1 %2081, i32 %2079, i32 %2062
	%2083 = add i32 %2058, 1280
	%2084 = icmp slt i32 %2083, %14
	%2085 = icmp slt i32 %2083, %2062
	%2086 = select i1 %2085, i32 %2083, i32 %2062
	%2087 = add i32 %2058, 1536
	%2088 = icmp slt i32 %2087, %14
	%2089 = icmp slt i32 %2087, %2062
	%2090 = select i1 %2089, i32 %2087, i32 %2062
	%2091 = add i32 %2058, 1792
	%2092 = icmp slt i32 %2091, %14
	%2093 = icmp slt i32 %2091, %2062
	%2094 = select i1 %2093, i32 %2091, i32 %2062
	%2095 = sub i32 %NK, 1
	%2096 = icmp slt i32 %2063, %2095
	%2097 = select i1 %2096, i32 %2063, i32 %2095
	%2098 = add i32 %1701, %2097
	%2099 = sext i32 %2098 to i64
	%2100 = getelementptr float, float* %e, i64 %2099
	%2101 = load float, float* %2100
	%2102 = icmp slt i32 %2067, %2095
	%2103 = select i1 %2102, i32 %2067, i32 %2095
	%2104 = add i32 %1701, %2103
	%2105 = sext i32 %2104 to i64
	%2106 = getelementptr float, float* %e, i64 %2105
	%2107 = load float, float* %2106
	%2108 = icmp slt i32 %2071, %2095
	%2109 = select i1 %2108, i32 %2071, i32 %2095
	%2110 = add i32 %1701, %2109
	%2111 = sext i32 %2110 to i64
	%2112 = getelementptr float, float* %e, i64 %2111
	%2113 = load float, float* %2112
	%2114 = icmp slt i32 %2075, %2095
	%2115 = select i1 %2114, i32 %2075, i32 %2095
	%2116 = add i32 %1701, %2115
	%2117 = sext i32 %2116 to i64
	%2118 = getelementptr float, float* %e, i64 %2117
	%2119 = load float, float* %2118
	%2120 = icmp slt i32 %2079, %2095
	%2121 = select i1 %2120, i32 %2079, i32 %2095
	%2122 = add i32 %1701, %2121
	%2123 = sext i32 %2122 to i64
	%2124 = getelementptr float, float* %e, i64 %2123
	%2125 = load float, float* %2124
	%2126 = icmp slt i32 %2083, %2095
	%2127 = select i1 %2126, i32 %2083, i32 %2095
	%2128 = add i32 %1701, %2127
	%2129 = sext i32 %2128 to i64
	%2130 = getelementptr float, float* %e, i64 %2129
	%2131 = load float, float* %2130
	%2132 = icmp slt i32 %2087, %2095
	%2133 = select i1 %2132, i32 %2087, i32 %2095
	%2134 = add i32 %1701, %2133
	%2135 = sext i32 %2134 to i64
	%2136 = getelementptr float, float* %e, i64 %2135
	%2137 = load float, float* %2136
	%2138 = icmp slt i32 %2091, %2095
	%2139 = select i1 %2138, i32 %2091, i32 %2095
	%2140 = add i32 %1701, %2139
	%2141 = sext i32 %2140 to i64
	%2142 = getelementptr float, float* %e, i64 %2141
	%2143 = load float, float* %2142
	%2144 = icmp slt i32 %2063, %NK
	%2145 = fcmp oge float %2101, 0.0
	%2146 = and i1 %2144, %2145
	%2147 = icmp sge i32 %2063, %1717
	%2148 = icmp sle i32 %2063, %1725
	%2149 = and i1 %2147, %2148
	%2150 = or i1 false, %2149
	%2151 = icmp eq i32 %2063, 0
	%2152 = or i1 %2150, %2151
	%2153 = bitcast float %2101 to i32
	%2154 = add i32 %2153, 2
	%2155 = select i1 %2152, i32 1, i32 %2154
	%2156 = select i1 %2146, i32 %2155, i32 0
	%2157 = icmp slt i32 %2067, %NK
	%2158 = fcmp oge float %2107, 0.0
	%2159 = and i1 %2157, %2158
	%2160 = icmp sge i32 %2067, %1717
	%2161 = icmp sle i32 %2067, %1725
	%2162 = and i1 %2160, %2161
	%2163 = or i1 false, %2162
	%2164 = icmp eq i32 %2067, 0
	%2165 = or i1 %2163, %2164
	%2166 = bitcast float %2107 to i32
	%2167 = add i32 %2166, 2
	%2168 = select i1 %2165, i32 1, i32 %2167
	%2169 = select i1 %2159, i32 %2168, i32 0
	%2170 = icmp slt i32 %2071, %NK
	%2171 = fcmp oge float %2113, 0.0
	%2172 = and i1 %2170, %2171
	%2173 = icmp sge i32 %2071, %1717
	%2174 = icmp sle i32 %2071, %1725
	%2175 = and i1 %2173, %2174
	%2176 = or i1 false, %2175
	%2177 = icmp eq i32 %2071, 0
	%2178 = or i1 %2176, %2177
	%2179 = bitcast float %2113 to i32
	%2180 = add i32 %2179, 2
	%2181 = select i1 %2178, i32 1, i32 %2180
	%2182 = select i1 %2172, i32 %2181, i32 0
	%2183 = icmp slt i32 %2075, %NK
	%2184 = fcmp oge float %2119, 0.0
	%2185 = and i1 %2183, %2184
	%2186 = icmp sge i32 %2075, %1717
	%2187 = icmp sle i32 %2075, %1725
	%2188 = and i1 %2186, %2187
	%2189 = or i1 false, %2188
	%2190 = icmp eq i32 %2075, 0
	%2191 = or i1 %2189, %2190
	%2192 = bitcast float %2119 to i32
	%2193 = add i32 %2192, 2
	%2194 = select i1 %2191, i32 1, i32 %2193
	%2195 = select i1 %2185, i32 %2194, i32 0
	%2196 = icmp slt i32 %2079, %NK
	%2197 = fcmp oge float %2125, 0.0
	%2198 = and i1 %2196, %2197
	%2199 = icmp sge i32 %2079, %1717
	%2200 = icmp sle i32 %2079, %1725
	%2201 = and i1 %2199, %2200
	%2202 = or i1 false, %2201
	%2203 = icmp eq i32 %2079, 0
	%2204 = or i1 %2202, %2203
	%2205 = bitcast float %2125 to i32
	%2206 = add i32 %2205, 2
	%2207 = select i1 %2204, i32 1, i32 %2206
	%2208 = select i1 %2198, i32 %2207, i32 0
	%2209 = icmp slt i32 %2083, %NK
	%2210 = fcmp oge float %2131, 0.0
	%2211 = and i1 %2209, %2210
	%2212 = icmp sge i32 %2083, %1717
	%2213 = icmp sle i32 %2083, %1725
	%2214 = and i1 %2212, %2213
	%2215 = or i1 false, %2214
	%2216 = icmp eq i32 %2083, 0
	%2217 = or i1 %2215, %2216
	%2218 = bitcast float %2131 to i32
	%2219 = add i32 %2218, 2
	%2220 = select i1 %2217, i32 1, i32 %2219
	%2221 = select i1 %2211, i32 %2220, i32 0
	%2222 = icmp slt i32 %2087, %NK
	%2223 = fcmp oge float %2137, 0.0
	%2224 = and i1 %2222, %2223
	%2225 = icmp sge i32 %2087, %1717
	%2226 = icmp sle i32 %2087, %1725
	%2227 = and i1 %2225, %2226
	%2228 = or i1 false, %2227
	%2229 = icmp eq i32 %2087, 0
	%2230 = or i1 %2228, %2229
	%2231 = bitcast float %2137 to i32
	%2232 = add i32 %2231, 2
	%2233 = select i1 %2230, i32 1, i32 %2232
	%2234 = select i1 %2224, i32 %2233, i32 0
	%2235 = icmp slt i32 %2091, %NK
	%2236 = fcmp oge float %2143, 0.0
	%2237 = and i1 %2235, %2236
	%2238 = icmp sge i32 %2091, %1717
	%2239 = icmp sle i32 %2091, %1725
	%2240 = and i1 %2238, %2239
	%2241 = or i1 false, %2240
	%2242 = icmp eq i32 %2091, 0
	%2243 = or i1 %2241, %2242
	%2244 = bitcast float %2143 to i32
	%2245 = add i32 %2244, 2
	%2246 = select i1 %2243, i32 1, i32 %2245
	%2247 = select i1 %2237, i32 %2246, i32 0
	%2248 = icmp eq i32 %2156, %7
	%2249 = zext i1 %2248 to i32
	%2250 = add i32 %2059, %2249
	%2251 = icmp eq i32 %2169, %7
	%2252 = zext i1 %2251 to i32
	%2253 = add i32 %2250, %2252
	%2254 = icmp eq i32 %2182, %7
	%2255 = zext i1 %2254 to i32
	%2256 = add i32 %2253, %2255
	%2257 = icmp eq i32 %2195, %7
	%2258 = zext i1 %2257 to i32
	%2259 = add i32 %2256, %2258
	%2260 = icmp eq i32 %2208, %7
	%2261 = zext i1 %2260 to i32
	%2262 = add i32 %2259, %2261
	%2263 = icmp eq i32 %2221, %7
	%2264 = zext i1 %2263 to i32
	%2265 = add i32 %2262, %2264
	%2266 = icmp eq i32 %2234, %7
	%2267 = zext i1 %2266 to i32
	%2268 = add i32 %2265, %2267
	%2269 = icmp eq i32 %2247, %7
	%2270 = zext i1 %2269 to i32
	%2271 = add i32 %2268, %2270
	%2272 = add i32 %2058, 2048
	br label %2057

2273:
	%2274 = and i32 %0, 31
	%2275 = lshr i32 %0, 5
	%2276 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2059, i32 1, i32 0)
	%2277 = icmp uge i32 %2274, 1
	%2278 = select i1 %2277, i32 %2276, i32 0
	%2279 = add i32 %2059, %2278
	%2280 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2279, i32 2, i32 0)
	%2281 = icmp uge i32 %2274, 2
	%2282 = select i1 %2281, i32 %2280, i32 0
	%2283 = add i32 %2279, %2282
	%2284 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2283, i32 4, i32 0)
	%2285 = icmp uge i32 %2274, 4
	%2286 = select i1 %2285, i32 %2284, i32 0
	%2287 = add i32 %2283, %2286
	%2288 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2287, i32 8, i32 0)
	%2289 = icmp uge i32 %2274, 8
	%2290 = select i1 %2289, i32 %2288, i32 0
	%2291 = add i32 %2287, %2290
	%2292 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2291, i32 16, i32 0)
	%2293 = icmp uge i32 %2274, 16
	%2294 = select i1 %2293, i32 %2292, i32 0
	%2295 = add i32 %2291, %2294
	%2296 = icmp eq i32 %2274, 31
	br i1 %2296, label %2297, label %2299

2297:
	%2298 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 %2275
	store i32 %2295, i32 addrspace(3)* %2298
	br label %2299

2299:
	call void @llvm.nvvm.barrier0()
	%2300 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 0
	%2301 = load i32, i32 addrspace(3)* %2300
	%2302 = icmp sgt i32 %2275, 0
	%2303 = select i1 %2302, i32 %2301, i32 0
	%2304 = add i32 0, %2303
	%2305 = add i32 0, %2301
	%2306 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 1
	%2307 = load i32, i32 addrspace(3)* %2306
	%2308 = icmp sgt i32 %2275, 1
	%2309 = select i1 %2308, i32 %2307, i32 0
	%2310 = add i32 %2304, %2309
	%2311 = add i32 %2305, %2307
	%2312 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 2
	%2313 = load i32, i32 addrspace(3)* %2312
	%2314 = icmp sgt i32 %2275, 2
	%2315 = select i1 %2314, i32 %2313, i32 0
	%2316 = add i32 %2310, %2315
	%2317 = add i32 %2311, %2313
	%2318 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 3
	%2319 = load i32, i32 addrspace(3)* %2318
	%2320 = icmp sgt i32 %2275, 3
	%2321 = select i1 %2320, i32 %2319, i32 0
	%2322 = add i32 %2316, %2321
	%2323 = add i32 %2317, %2319
	%2324 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 4
	%2325 = load i32, i32 addrspace(3)* %2324
	%2326 = icmp sgt i32 %2275, 4
	%2327 = select i1 %2326, i32 %2325, i32 0
	%2328 = add i32 %2322, %2327
	%2329 = add i32 %2323, %2325
	%2330 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 5
	%2331 = load i32, i32 addrspace(3)* %2330
	%2332 = icmp sgt i32 %2275, 5
	%2333 = select i1 %2332, i32 %2331, i32 0
	%2334 = add i32 %2328, %2333
	%2335 = add i32 %2329, %2331
	%2336 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 6
	%2337 = load i32, i32 addrspace(3)* %2336
	%2338 = icmp sgt i32 %2275, 6
	%2339 = select i1 %2338, i32 %2337, i32 0
	%2340 = add i32 %2334, %2339
	%2341 = add i32 %2335, %2337
	%2342 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scana, i32 0, i32 7
	%2343 = load i32, i32 addrspace(3)* %2342
	%2344 = icmp sgt i32 %2275, 7
	%2345 = select i1 %2344, i32 %2343, i32 0
	%2346 = add i32 %2340, %2345
	%2347 = add i32 %2341, %2343
	%2348 = add i32 %2346, %2295
	%2349 = sub i32 %2348, %2059
	%2350 = icmp eq i32 %0, 0
	br i1 %2350, label %2351, label %2354

2351:
	%2352 = sext i32 %1700 to i64
	%2353 = getelementptr i32, i32* %ties, i64 %2352
	store i32 %2347, i32* %2353
	br label %2354

2354:
	br label %2026

2355:
	br label %2357

2356:
	ret void

2357:
	%2358 = phi i32 [ %0, %2355 ], [ %2572, %2361 ]
	%2359 = phi i32 [ 0, %2355 ], [ %2571, %2361 ]
	%2360 = icmp slt i32 %2358, %14
	br i1 %2360, label %2361, label %2573

2361:
	%2362 = sub i32 %14, 1
	%2363 = add i32 %2358, 0
	%2364 = icmp slt i32 %2363, %14
	%2365 = icmp slt i32 %2363, %2362
	%2366 = select i1 %2365, i32 %2363, i32 %2362
	%2367 = add i32 %2358, 256
	%2368 = icmp slt i32 %2367, %14
	%2369 = icmp slt i32 %2367, %2362
	%2370 = select i1 %2369, i32 %2367, i32 %2362
	%2371 = add i32 %2358, 512
	%2372 = icmp slt i32 %2371, %14
	%2373 = icmp slt i32 %2371, %2362
	%2374 = select i1 %2373, i32 %2371, i32 %2362
	%2375 = add i32 %2358, 768
	%2376 = icmp slt i32 %2375, %14
	%2377 = icmp slt i32 %2375, %2362
	%2378 = select i1 %2377, i32 %2375, i32 %2362
	%2379 = add i32 %2358, 1024
	%2380 = icmp slt i32 %2379, %14
	%2381 = icmp slt i32 %2379, %2362
	%2382 = select i1 %2381, i32 %2379, i32 %2362
	%2383 = add i32 %2358, 1280
	%2384 = icmp slt i32 %2383, %14
	%2385 = icmp slt i32 %2383, %2362
	%2386 = select i1 %2385, i32 %2383, i32 %2362
	%2387 = add i32 %2358, 1536
	%2388 = icmp slt i32 %2387, %14
	%2389 = icmp slt i32 %2387, %2362
	%2390 = select i1 %2389, i32 %2387, i32 %2362
	%2391 = add i32 %2358, 1792
	%2392 = icmp slt i32 %2391, %14
	%2393 = icmp slt i32 %2391, %2362
	%2394 = select i1 %2393, i32 %2391, i32 %2362
	%2395 = sub i32 %NK, 1
	%2396 = icmp slt i32 %2363, %2395
	%2397 = select i1 %2396, i32 %2363, i32 %2395
	%2398 = add i32 %2031, %2397
	%2399 = sext i32 %2398 to i64
	%2400 = getelementptr float, float* %e, i64 %2399
	%2401 = load float, float* %2400
	%2402 = icmp slt i32 %2367, %2395
	%2403 = select i1 %2402, i32 %2367, i32 %2395
	%2404 = add i32 %2031, %2403
	%2405 = sext i32 %2404 to i64
	%2406 = getelementptr float, float* %e, i64 %2405
	%2407 = load float, float* %2406
	%2408 = icmp slt i32 %2371, %2395
	%2409 = select i1 %2408, i32 %2371, i32 %2395
	%2410 = add i32 %2031, %2409
	%2411 = sext i32 %2410 to i64
	%2412 = getelementptr float, float* %e, i64 %2411
	%2413 = load float, float* %2412
	%2414 = icmp slt i32 %2375, %2395
	%2415 = select i1 %2414, i32 %2375, i32 %2395
	%2416 = add i32 %2031, %2415
	%2417 = sext i32 %2416 to i64
	%2418 = getelementptr float, float* %e, i64 %2417
	%2419 = load float, float* %2418
	%2420 = icmp slt i32 %2379, %2395
	%2421 = select i1 %2420, i32 %2379, i32 %2395
	%2422 = add i32 %2031, %2421
	%2423 = sext i32 %2422 to i64
	%2424 = getelementptr float, float* %e, i64 %2423
	%2425 = load float, float* %2424
	%2426 = icmp slt i32 %2383, %2395
	%2427 = select i1 %2426, i32 %2383, i32 %2395
	%2428 = add i32 %2031, %2427
	%2429 = sext i32 %2428 to i64
	%2430 = getelementptr float, float* %e, i64 %2429
	%2431 = load float, float* %2430
	%2432 = icmp slt i32 %2387, %2395
	%2433 = select i1 %2432, i32 %2387, i32 %2395
	%2434 = add i32 %2031, %2433
	%2435 = sext i32 %2434 to i64
	%2436 = getelementptr float, float* %e, i64 %2435
	%2437 = load float, float* %2436
	%2438 = icmp slt i32 %2391, %2395
	%2439 = select i1 %2438, i32 %2391, i32 %2395
	%2440 = add i32 %2031, %2439
	%2441 = sext i32 %2440 to i64
	%2442 = getelementptr float, float* %e, i64 %2441
	%2443 = load float, float* %2442
	%2444 = icmp slt i32 %2363, %NK
	%2445 = fcmp oge float %2401, 0.0
	%2446 = and i1 %2444, %2445
	%2447 = icmp sge i32 %2363, %2047
	%2448 = icmp sle i32 %2363, %2055
	%2449 = and i1 %2447, %2448
	%2450 = or i1 false, %2449
	%2451 = icmp eq i32 %2363, 0
	%2452 = or i1 %2450, %2451
	%2453 = bitcast float %2401 to i32
	%2454 = add i32 %2453, 2
	%2455 = select i1 %2452, i32 1, i32 %2454
	%2456 = select i1 %2446, i32 %2455, i32 0
	%2457 = icmp slt i32 %2367, %NK
	%2458 = fcmp oge float %2407, 0.0
	%2459 = and i1 %2457, %2458
	%2460 = icmp sge i32 %2367, %2047
	%2461 = icmp sle i32 %2367, %2055
	%2462 = and i1 %2460, %2461
	%2463 = or i1 false, %2462
	%2464 = icmp eq i32 %2367, 0
	%2465 = or i1 %2463, %2464
	%2466 = bitcast float %2407 to i32
	%2467 = add i32 %2466, 2
	%2468 = select i1 %2465, i32 1, i32 %2467
	%2469 = select i1 %2459, i32 %2468, i32 0
	%2470 = icmp slt i32 %2371, %NK
	%2471 = fcmp oge float %2413, 0.0
	%2472 = and i1 %2470, %2471
	%2473 = icmp sge i32 %2371, %2047
	%2474 = icmp sle i32 %2371, %2055
	%2475 = and i1 %2473, %2474
	%2476 = or i1 false, %2475
	%2477 = icmp eq i32 %2371, 0
	%2478 = or i1 %2476, %2477
	%2479 = bitcast float %2413 to i32
	%2480 = add i32 %2479, 2
	%2481 = select i1 %2478, i32 1, i32 %2480
	%2482 = select i1 %2472, i32 %2481, i32 0
	%2483 = icmp slt i32 %2375, %NK
	%2484 = fcmp oge float %2419, 0.0
	%2485 = and i1 %2483, %2484
	%2486 = icmp sge i32 %2375, %2047
	%2487 = icmp sle i32 %2375, %2055
	%2488 = and i1 %2486, %2487
	%2489 = or i1 false, %2488
	%2490 = icmp eq i32 %2375, 0
	%2491 = or i1 %2489, %2490
	%2492 = bitcast float %2419 to i32
	%2493 = add i32 %2492, 2
	%2494 = select i1 %2491, i32 1, i32 %2493
	%2495 = select i1 %2485, i32 %2494, i32 0
	%2496 = icmp slt i32 %2379, %NK
	%2497 = fcmp oge float %2425, 0.0
	%2498 = and i1 %2496, %2497
	%2499 = icmp sge i32 %2379, %2047
	%2500 = icmp sle i32 %2379, %2055
	%2501 = and i1 %2499, %2500
	%2502 = or i1 false, %2501
	%2503 = icmp eq i32 %2379, 0
	%2504 = or i1 %2502, %2503
	%2505 = bitcast float %2425 to i32
	%2506 = add i32 %2505, 2
	%2507 = select i1 %2504, i32 1, i32 %2506
	%2508 = select i1 %2498, i32 %2507, i32 0
	%2509 = icmp slt i32 %2383, %NK
	%2510 = fcmp oge float %2431, 0.0
	%2511 = and i1 %2509, %2510
	%2512 = icmp sge i32 %2383, %2047
	%2513 = icmp sle i32 %2383, %2055
	%2514 = and i1 %2512, %2513
	%2515 = or i1 false, %2514
	%2516 = icmp eq i32 %2383, 0
	%2517 = or i1 %2515, %2516
	%2518 = bitcast float %2431 to i32
	%2519 = add i32 %2518, 2
	%2520 = select i1 %2517, i32 1, i32 %2519
	%2521 = select i1 %2511, i32 %2520, i32 0
	%2522 = icmp slt i32 %2387, %NK
	%2523 = fcmp oge float %2437, 0.0
	%2524 = and i1 %2522, %2523
	%2525 = icmp sge i32 %2387, %2047
	%2526 = icmp sle i32 %2387, %2055
	%2527 = and i1 %2525, %2526
	%2528 = or i1 false, %2527
	%2529 = icmp eq i32 %2387, 0
	%2530 = or i1 %2528, %2529
	%2531 = bitcast float %2437 to i32
	%2532 = add i32 %2531, 2
	%2533 = select i1 %2530, i32 1, i32 %2532
	%2534 = select i1 %2524, i32 %2533, i32 0
	%2535 = icmp slt i32 %2391, %NK
	%2536 = fcmp oge float %2443, 0.0
	%2537 = and i1 %2535, %2536
	%2538 = icmp sge i32 %2391, %2047
	%2539 = icmp sle i32 %2391, %2055
	%2540 = and i1 %2538, %2539
	%2541 = or i1 false, %2540
	%2542 = icmp eq i32 %2391, 0
	%2543 = or i1 %2541, %2542
	%2544 = bitcast float %2443 to i32
	%2545 = add i32 %2544, 2
	%2546 = select i1 %2543, i32 1, i32 %2545
	%2547 = select i1 %2537, i32 %2546, i32 0
	%2548 = icmp eq i32 %2456, %7
	%2549 = zext i1 %2548 to i32
	%2550 = add i32 %2359, %2549
	%2551 = icmp eq i32 %2469, %7
	%2552 = zext i1 %2551 to i32
	%2553 = add i32 %2550, %2552
	%2554 = icmp eq i32 %2482, %7
	%2555 = zext i1 %2554 to i32
	%2556 = add i32 %2553, %2555
	%2557 = icmp eq i32 %2495, %7
	%2558 = zext i1 %2557 to i32
	%2559 = add i32 %2556, %2558
	%2560 = icmp eq i32 %2508, %7
	%2561 = zext i1 %2560 to i32
	%2562 = add i32 %2559, %2561
	%2563 = icmp eq i32 %2521, %7
	%2564 = zext i1 %2563 to i32
	%2565 = add i32 %2562, %2564
	%2566 = icmp eq i32 %2534, %7
	%2567 = zext i1 %2566 to i32
	%2568 = add i32 %2565, %2567
	%2569 = icmp eq i32 %2547, %7
	%2570 = zext i1 %2569 to i32
	%2571 = add i32 %2568, %2570
	%2572 = add i32 %2358, 2048
	br label %2357

2573:
	%2574 = and i32 %0, 31
	%2575 = lshr i32 %0, 5
	%2576 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2359, i32 1, i32 0)
	%2577 = icmp uge i32 %2574, 1
	%2578 = select i1 %2577, i32 %2576, i32 0
	%2579 = add i32 %2359, %2578
	%2580 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2579, i32 2, i32 0)
	%2581 = icmp uge i32 %2574, 2
	%2582 = select i1 %2581, i32 %2580, i32 0
	%2583 = add i32 %2579, %2582
	%2584 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2583, i32 4, i32 0)
	%2585 = icmp uge i32 %2574, 4
	%2586 = select i1 %2585, i32 %2584, i32 0
	%2587 = add i32 %2583, %2586
	%2588 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2587, i32 8, i32 0)
	%2589 = icmp uge i32 %2574, 8
	%2590 = select i1 %2589, i32 %2588, i32 0
	%2591 = add i32 %2587, %2590
	%2592 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %2591, i32 16, i32 0)
	%2593 = icmp uge i32 %2574, 16
	%2594 = select i1 %2593, i32 %2592, i32 0
	%2595 = add i32 %2591, %2594
	%2596 = icmp eq i32 %2574, 31
	br i1 %2596, label %2597, label %2599

2597:
	%2598 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 %2575
	store i32 %2595, i32 addrspace(3)* %2598
	br label %2599

2599:
	call void @llvm.nvvm.barrier0()
	%2600 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 0
	%2601 = load i32, i32 addrspace(3)* %2600
	%2602 = icmp sgt i32 %2575, 0
	%2603 = select i1 %2602, i32 %2601, i32 0
	%2604 = add i32 0, %2603
	%2605 = add i32 0, %2601
	%2606 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 1
	%2607 = load i32, i32 addrspace(3)* %2606
	%2608 = icmp sgt i32 %2575, 1
	%2609 = select i1 %2608, i32 %2607, i32 0
	%2610 = add i32 %2604, %2609
	%2611 = add i32 %2605, %2607
	%2612 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 2
	%2613 = load i32, i32 addrspace(3)* %2612
	%2614 = icmp sgt i32 %2575, 2
	%2615 = select i1 %2614, i32 %2613, i32 0
	%2616 = add i32 %2610, %2615
	%2617 = add i32 %2611, %2613
	%2618 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 3
	%2619 = load i32, i32 addrspace(3)* %2618
	%2620 = icmp sgt i32 %2575, 3
	%2621 = select i1 %2620, i32 %2619, i32 0
	%2622 = add i32 %2616, %2621
	%2623 = add i32 %2617, %2619
	%2624 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 4
	%2625 = load i32, i32 addrspace(3)* %2624
	%2626 = icmp sgt i32 %2575, 4
	%2627 = select i1 %2626, i32 %2625, i32 0
	%2628 = add i32 %2622, %2627
	%2629 = add i32 %2623, %2625
	%2630 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 5
	%2631 = load i32, i32 addrspace(3)* %2630
	%2632 = icmp sgt i32 %2575, 5
	%2633 = select i1 %2632, i32 %2631, i32 0
	%2634 = add i32 %2628, %2633
	%2635 = add i32 %2629, %2631
	%2636 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 6
	%2637 = load i32, i32 addrspace(3)* %2636
	%2638 = icmp sgt i32 %2575, 6
	%2639 = select i1 %2638, i32 %2637, i32 0
	%2640 = add i32 %2634, %2639
	%2641 = add i32 %2635, %2637
	%2642 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_ties_scanb, i32 0, i32 7
	%2643 = load i32, i32 addrspace(3)* %2642
	%2644 = icmp sgt i32 %2575, 7
	%2645 = select i1 %2644, i32 %2643, i32 0
	%2646 = add i32 %2640, %2645
	%2647 = add i32 %2641, %2643
	%2648 = add i32 %2646, %2595
	%2649 = sub i32 %2648, %2359
	%2650 = icmp eq i32 %0, 0
	br i1 %2650, label %2651, label %2654

2651:
	%2652 = sext i32 %2030 to i64
	%2653 = getelementptr i32, i32* %ties, i64 %2652
	store i32 %2647, i32* %2653
	br label %2654

2654:
	br label %2356
}

define ptx_kernel void @best_select1_scan(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = mul i32 %1, 8
	%3 = mul i32 %1, 256
	%4 = add i32 %3, %0
	%5 = sext i32 %4 to i64
	%6 = getelementptr i32, i32* %hist, i64 %5
	%7 = mul i32 %1, %R
	%8 = add i32 %2, 2
	%9 = sext i32 %8 to i64
	%10 = getelementptr i32, i32* %state, i64 %9
	%11 = load i32, i32* %10
	br label %12

12:
	%13 = phi i32 [ 0, %entry ], [ %113, %111 ]
	%14 = phi i32 [ 0, %entry ], [ %112, %111 ]
	%15 = icmp slt i32 %13, %R
	br i1 %15, label %16, label %23

16:
	%17 = add i32 %13, %0
	%18 = icmp slt i32 %17, %R
	%19 = select i1 %18, i32 %17, i32 0
	%20 = add i32 %7, %19
	%21 = sext i32 %20 to i64
	%22 = getelementptr i32, i32* %ties, i64 %21
	br i1 %18, label %24, label %26

23:
	ret void

24:
	%25 = load i32, i32* %22
	br label %26

26:
	%27 = phi i32 [ 0, %16 ], [ %25, %24 ]
	%28 = and i32 %0, 31
	%29 = lshr i32 %0, 5
	%30 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %27, i32 1, i32 0)
	%31 = icmp uge i32 %28, 1
	%32 = select i1 %31, i32 %30, i32 0
	%33 = add i32 %27, %32
	%34 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %33, i32 2, i32 0)
	%35 = icmp uge i32 %28, 2
	%36 = select i1 %35, i32 %34, i32 0
	%37 = add i32 %33, %36
	%38 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %37, i32 4, i32 0)
	%39 = icmp uge i32 %28, 4
	%40 = select i1 %39, i32 %38, i32 0
	%41 = add i32 %37, %40
	%42 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %41, i32 8, i32 0)
	%43 = icmp uge i32 %28, 8
	%44 = select i1 %43, i32 %42, i32 0
	%45 = add i32 %41, %44
	%46 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %45, i32 16, i32 0)
	%47 = icmp uge i32 %28, 16
	%48 = select i1 %47, i32 %46, i32 0
	%49 = add i32 %45, %48
	%50 = icmp eq i32 %28, 31
	br i1 %50, label %51, label %53

51:
	%52 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 %29
	store i32 %49, i32 addrspace(3)* %52
	br label %53

53:
	call void @llvm.nvvm.barrier0()
	%54 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 0
	%55 = load i32, i32 addrspace(3)* %54
	%56 = icmp sgt i32 %29, 0
	%57 = select i1 %56, i32 %55, i32 0
	%58 = add i32 0, %57
	%59 = add i32 0, %55
	%60 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 1
	%61 = load i32, i32 addrspace(3)* %60
	%62 = icmp sgt i32 %29, 1
	%63 = select i1 %62, i32 %61, i32 0
	%64 = add i32 %58, %63
	%65 = add i32 %59, %61
	%66 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 2
	%67 = load i32, i32 addrspace(3)* %66
	%68 = icmp sgt i32 %29, 2
	%69 = select i1 %68, i32 %67, i32 0
	%70 = add i32 %64, %69
	%71 = add i32 %65, %67
	%72 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 3
	%73 = load i32, i32 addrspace(3)* %72
	%74 = icmp sgt i32 %29, 3
	%75 = select i1 %74, i32 %73, i32 0
	%76 = add i32 %70, %75
	%77 = add i32 %71, %73
	%78 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 4
	%79 = load i32, i32 addrspace(3)* %78
	%80 = icmp sgt i32 %29, 4
	%81 = select i1 %80, i32 %79, i32 0
	%82 = add i32 %76, %81
	%83 = add i32 %77, %79
	%84 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 5
	%85 = load i32, i32 addrspace(3)* %84
	%86 = icmp sgt i32 %29, 5
	%87 = select i1 %86, i32 %85, i32 0
	%88 = add i32 %82, %87
	%89 = add i32 %83, %85
	%90 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 6
	%91 = load i32, i32 addrspace(3)* %90
	%92 = icmp sgt i32 %29, 6
	%93 = select i1 %92, i32 %91, i32 0
	%94 = add i32 %88, %93
	%95 = add i32 %89, %91
	%96 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_scan_scana, i32 0, i32 7
	%97 = load i32, i32 addrspace(3)* %96
	%98 = icmp sgt i32 %29, 7
	%99 = select i1 %98, i32 %97, i32 0
	%100 = add i32 %94, %99
	%101 = add i32 %95, %97
	%102 = add i32 %100, %49
	%103 = sub i32 %102, %27
	%104 = add i32 %14, %103
	%105 = sub i32 %11, %104
	%106 = icmp slt i32 %105, %27
	%107 = select i1 %106, i32 %105, i32 %27
	%108 = icmp sgt i32 %107, 0
	%109 = select i1 %108, i32 %107, i32 0
	br i1 %18, label %110, label %111

110:
	store i32 %109, i32* %22
	br label %111

111:
	call void @llvm.nvvm.barrier0()
	%112 = add i32 %14, %101
	%113 = add i32 %13, 256
	br label %12
}

define ptx_kernel void @best_select1_take(i8* %cls, i32 %ch, float* %e, i32* %list, i32 %NQ, i32 %NK, i32 %M, i32 %off, i32* %cnt, i32* %hist, i32* %state, i32* %ties, i32 %R) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = and i32 %0, 31
	%4 = lshr i32 %0, 5
	%5 = mul i32 %2, %NQ
	%6 = add i32 %5, %1
	%7 = mul i32 %2, %ch
	%8 = mul i32 %7, %NQ
	%9 = add i32 %8, %1
	%10 = mul i32 %9, %NK
	%11 = mul i32 %6, %NK
	%12 = mul i32 %6, 2
	%13 = mul i32 %12, %NK
	%14 = add i32 %NK, 255
	%15 = sdiv i32 %14, 256
	%16 = mul i32 %15, 256
	%17 = mul i32 %2, %NQ
	%18 = add i32 %17, %1
	%19 = mul i32 %1, 64
	%20 = add i32 %19, %off
	%21 = add i32 %1, 1
	%22 = mul i32 %21, 64
	%23 = icmp slt i32 %22, %M
	%24 = select i1 %23, i32 %22, i32 %M
	%25 = sub i32 %24, 1
	%26 = add i32 %25, %off
	%27 = icmp slt i32 %20, 0
	%28 = sub i32 0, %20
	%29 = sub i32 64, 1
	%30 = add i32 %28, %29
	%31 = sdiv i32 %30, 64
	%32 = sub i32 0, %31
	%33 = sdiv i32 %20, 64
	%34 = select i1 %27, i32 %32, i32 %33
	%35 = icmp slt i32 %26, 0
	%36 = sub i32 0, %26
	%37 = sub i32 64, 1
	%38 = add i32 %36, %37
	%39 = sdiv i32 %38, 64
	%40 = sub i32 0, %39
	%41 = sdiv i32 %26, 64
	%42 = select i1 %35, i32 %40, i32 %41
	br label %43

43:
	%44 = phi i32 [ %0, %entry ], [ %272, %271 ]
	%45 = icmp slt i32 %44, %16
	br i1 %45, label %46, label %233

46:
	%47 = sub i32 %16, 1
	%48 = add i32 %44, 0
	%49 = icmp slt i32 %48, %16
	%50 = icmp slt i32 %48, %47
	%51 = select i1 %50, i32 %48, i32 %47
	%52 = add i32 %44, 256
	%53 = icmp slt i32 %52, %16
	%54 = icmp slt i32 %52, %47
	%55 = select i1 %54, i32 %52, i32 %47
	%56 = add i32 %44, 512
	%57 = icmp slt i32 %56, %16
	%58 = icmp slt i32 %56, %47
	%59 = select i1 %58, i32 %56, i32 %47
	%60 = add i32 %44, 768
	%61 = icmp slt i32 %60, %16
	%62 = icmp slt i32 %60, %47
	%63 = select i1 %62, i32 %60, i32 %47
	%64 = add i32 %44, 1024
	%65 = icmp slt i32 %64, %16
	%66 = icmp slt i32 %64, %47
	%67 = select i1 %66, i32 %64, i32 %47
	%68 = add i32 %44, 1280
	%69 = icmp slt i32 %68, %16
	%70 = icmp slt i32 %68, %47
	%71 = select i1 %70, i32 %68, i32 %47
	%72 = add i32 %44, 1536
	%73 = icmp slt i32 %72, %16
	%74 = icmp slt i32 %72, %47
	%75 = select i1 %74, i32 %72, i32 %47
	%76 = add i32 %44, 1792
	%77 = icmp slt i32 %76, %16
	%78 = icmp slt i32 %76, %47
	%79 = select i1 %78, i32 %76, i32 %47
	%80 = sub i32 %NK, 1
	%81 = icmp slt i32 %48, %80
	%82 = select i1 %81, i32 %48, i32 %80
	%83 = add i32 %11, %82
	%84 = sext i32 %83 to i64
	%85 = getelementptr float, float* %e, i64 %84
	%86 = load float, float* %85
	%87 = icmp slt i32 %52, %80
	%88 = select i1 %87, i32 %52, i32 %80
	%89 = add i32 %11, %88
	%90 = sext i32 %89 to i64
	%91 = getelementptr float, float* %e, i64 %90
	%92 = load float, float* %91
	%93 = icmp slt i32 %56, %80
	%94 = select i1 %93, i32 %56, i32 %80
	%95 = add i32 %11, %94
	%96 = sext i32 %95 to i64
	%97 = getelementptr float, float* %e, i64 %96
	%98 = load float, float* %97
	%99 = icmp slt i32 %60, %80
	%100 = select i1 %99, i32 %60, i32 %80
	%101 = add i32 %11, %100
	%102 = sext i32 %101 to i64
	%103 = getelementptr float, float* %e, i64 %102
	%104 = load float, float* %103
	%105 = icmp slt i32 %64, %80
	%106 = select i1 %105, i32 %64, i32 %80
	%107 = add i32 %11, %106
	%108 = sext i32 %107 to i64
	%109 = getelementptr float, float* %e, i64 %108
	%110 = load float, float* %109
	%111 = icmp slt i32 %68, %80
	%112 = select i1 %111, i32 %68, i32 %80
	%113 = add i32 %11, %112
	%114 = sext i32 %113 to i64
	%115 = getelementptr float, float* %e, i64 %114
	%116 = load float, float* %115
	%117 = icmp slt i32 %72, %80
	%118 = select i1 %117, i32 %72, i32 %80
	%119 = add i32 %11, %118
	%120 = sext i32 %119 to i64
	%121 = getelementptr float, float* %e, i64 %120
	%122 = load float, float* %121
	%123 = icmp slt i32 %76, %80
	%124 = select i1 %123, i32 %76, i32 %80
	%125 = add i32 %11, %124
	%126 = sext i32 %125 to i64
	%127 = getelementptr float, float* %e, i64 %126
	%128 = load float, float* %127
	%129 = icmp slt i32 %48, %NK
	%130 = fcmp oge float %86, 0.0
	%131 = and i1 %129, %130
	%132 = icmp sge i32 %48, %34
	%133 = icmp sle i32 %48, %42
	%134 = and i1 %132, %133
	%135 = or i1 false, %134
	%136 = icmp eq i32 %48, 0
	%137 = or i1 %135, %136
	%138 = bitcast float %86 to i32
	%139 = add i32 %138, 2
	%140 = select i1 %137, i32 1, i32 %139
	%141 = select i1 %131, i32 %140, i32 0
	%142 = icmp slt i32 %52, %NK
	%143 = fcmp oge float %92, 0.0
	%144 = and i1 %142, %143
	%145 = icmp sge i32 %52, %34
	%146 = icmp sle i32 %52, %42
	%147 = and i1 %145, %146
	%148 = or i1 false, %147
	%149 = icmp eq i32 %52, 0
	%150 = or i1 %148, %149
	%151 = bitcast float %92 to i32
	%152 = add i32 %151, 2
	%153 = select i1 %150, i32 1, i32 %152
	%154 = select i1 %144, i32 %153, i32 0
	%155 = icmp slt i32 %56, %NK
	%156 = fcmp oge float %98, 0.0
	%157 = and i1 %155, %156
	%158 = icmp sge i32 %56, %34
	%159 = icmp sle i32 %56, %42
	%160 = and i1 %158, %159
	%161 = or i1 false, %160
	%162 = icmp eq i32 %56, 0
	%163 = or i1 %161, %162
	%164 = bitcast float %98 to i32
	%165 = add i32 %164, 2
	%166 = select i1 %163, i32 1, i32 %165
	%167 = select i1 %157, i32 %166, i32 0
	%168 = icmp slt i32 %60, %NK
	%169 = fcmp oge float %104, 0.0
	%170 = and i1 %168, %169
	%171 = icmp sge i32 %60, %34
	%172 = icmp sle i32 %60, %42
	%173 = and i1 %171, %172
	%174 = or i1 false, %173
	%175 = icmp eq i32 %60, 0
	%176 = or i1 %174, %175
	%177 = bitcast float %104 to i32
	%178 = add i32 %177, 2
	%179 = select i1 %176, i32 1, i32 %178
	%180 = select i1 %170, i32 %179, i32 0
	%181 = icmp slt i32 %64, %NK
	%182 = fcmp oge float %110, 0.0
	%183 = and i1 %181, %182
	%184 = icmp sge i32 %64, %34
	%185 = icmp sle i32 %64, %42
	%186 = and i1 %184, %185
	%187 = or i1 false, %186
	%188 = icmp eq i32 %64, 0
	%189 = or i1 %187, %188
	%190 = bitcast float %110 to i32
	%191 = add i32 %190, 2
	%192 = select i1 %189, i32 1, i32 %191
	%193 = select i1 %183, i32 %192, i32 0
	%194 = icmp slt i32 %68, %NK
	%195 = fcmp oge float %116, 0.0
	%196 = and i1 %194, %195
	%197 = icmp sge i32 %68, %34
	%198 = icmp sle i32 %68, %42
	%199 = and i1 %197, %198
	%200 = or i1 false, %199
	%201 = icmp eq i32 %68, 0
	%202 = or i1 %200, %201
	%203 = bitcast float %116 to i32
	%204 = add i32 %203, 2
	%205 = select i1 %202, i32 1, i32 %204
	%206 = select i1 %196, i32 %205, i32 0
	%207 = icmp slt i32 %72, %NK
	%208 = fcmp oge float %122, 0.0
	%209 = and i1 %207, %208
	%210 = icmp sge i32 %72, %34
	%211 = icmp sle i32 %72, %42
	%212 = and i1 %210, %211
	%213 = or i1 false, %212
	%214 = icmp eq i32 %72, 0
	%215 = or i1 %213, %214
	%216 = bitcast float %122 to i32
	%217 = add i32 %216, 2
	%218 = select i1 %215, i32 1, i32 %217
	%219 = select i1 %209, i32 %218, i32 0
	%220 = icmp slt i32 %76, %NK
	%221 = fcmp oge float %128, 0.0
	%222 = and i1 %220, %221
	%223 = icmp sge i32 %76, %34
	%224 = icmp sle i32 %76, %42
	%225 = and i1 %223, %224
	%226 = or i1 false, %225
	%227 = icmp eq i32 %76, 0
	%228 = or i1 %226, %227
	%229 = bitcast float %128 to i32
	%230 = add i32 %229, 2
	%231 = select i1 %228, i32 1, i32 %230
	%232 = select i1 %222, i32 %231, i32 0
	br i1 %49, label %248, label %250

233:
	%234 = mul i32 0, 8
	%235 = sext i32 %234 to i64
	%236 = getelementptr i32, i32* %state, i64 %235
	%237 = load i32, i32* %236
	%238 = sext i32 %18 to i64
	%239 = getelementptr i32, i32* %ties, i64 %238
	%240 = load i32, i32* %239
	%241 = mul i32 %18, 2
	%242 = add i32 %241, 1
	%243 = sext i32 %242 to i64
	%244 = getelementptr i32, i32* %cnt, i64 %243
	%245 = load i32, i32* %244
	call void @llvm.nvvm.barrier0()
	%246 = shl i32 1, %3
	%247 = sub i32 %246, 1
	br label %273

248:
	%249 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %48
	store i32 %141, i32 addrspace(3)* %249
	br label %250

250:
	br i1 %53, label %251, label %253

251:
	%252 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %52
	store i32 %154, i32 addrspace(3)* %252
	br label %253

253:
	br i1 %57, label %254, label %256

254:
	%255 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %56
	store i32 %167, i32 addrspace(3)* %255
	br label %256

256:
	br i1 %61, label %257, label %259

257:
	%258 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %60
	store i32 %180, i32 addrspace(3)* %258
	br label %259

259:
	br i1 %65, label %260, label %262

260:
	%261 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %64
	store i32 %193, i32 addrspace(3)* %261
	br label %262

262:
	br i1 %69, label %263, label %265

263:
	%264 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %68
	store i32 %206, i32 addrspace(3)* %264
	br label %265

265:
	br i1 %73, label %266, label %268

266:
	%267 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %72
	store i32 %219, i32 addrspace(3)* %267
	br label %268

268:
	br i1 %77, label %269, label %271

269:
	%270 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %76
	store i32 %232, i32 addrspace(3)* %270
	br label %271

271:
	%272 = add i32 %44, 2048
	br label %43

273:
	%274 = phi i32 [ 0, %233 ], [ %328, %327 ]
	%275 = icmp slt i32 %274, %16
	br i1 %275, label %276, label %285

276:
	%277 = add i32 %274, %0
	%278 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %277
	%279 = load i32, i32 addrspace(3)* %278
	%280 = icmp ugt i32 %279, %237
	%281 = icmp eq i32 %279, %237
	%282 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %280)
	%283 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %281)
	%284 = icmp eq i32 %3, 0
	br i1 %284, label %319, label %327

285:
	call void @llvm.nvvm.barrier0()
	%286 = sdiv i32 %16, 256
	%287 = mul i32 %286, 8
	%288 = icmp slt i32 %0, %287
	%289 = select i1 %288, i32 %0, i32 0
	%290 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpg, i32 0, i32 %289
	%291 = load i32, i32 addrspace(3)* %290
	%292 = select i1 %288, i32 %291, i32 0
	%293 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpt, i32 0, i32 %289
	%294 = load i32, i32 addrspace(3)* %293
	%295 = select i1 %288, i32 %294, i32 0
	%296 = and i32 %0, 31
	%297 = lshr i32 %0, 5
	%298 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %295, i32 1, i32 0)
	%299 = icmp uge i32 %296, 1
	%300 = select i1 %299, i32 %298, i32 0
	%301 = add i32 %295, %300
	%302 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %301, i32 2, i32 0)
	%303 = icmp uge i32 %296, 2
	%304 = select i1 %303, i32 %302, i32 0
	%305 = add i32 %301, %304
	%306 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %305, i32 4, i32 0)
	%307 = icmp uge i32 %296, 4
	%308 = select i1 %307, i32 %306, i32 0
	%309 = add i32 %305, %308
	%310 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %309, i32 8, i32 0)
	%311 = icmp uge i32 %296, 8
	%312 = select i1 %311, i32 %310, i32 0
	%313 = add i32 %309, %312
	%314 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %313, i32 16, i32 0)
	%315 = icmp uge i32 %296, 16
	%316 = select i1 %315, i32 %314, i32 0
	%317 = add i32 %313, %316
	%318 = icmp eq i32 %296, 31
	br i1 %318, label %329, label %331

319:
	%320 = sdiv i32 %274, 256
	%321 = mul i32 %320, 8
	%322 = add i32 %321, %4
	%323 = call i32 @llvm.ctpop.i32(i32 %282)
	%324 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpg, i32 0, i32 %322
	store i32 %323, i32 addrspace(3)* %324
	%325 = call i32 @llvm.ctpop.i32(i32 %283)
	%326 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpt, i32 0, i32 %322
	store i32 %325, i32 addrspace(3)* %326
	br label %327

327:
	%328 = add i32 %274, 256
	br label %273

329:
	%330 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 %297
	store i32 %317, i32 addrspace(3)* %330
	br label %331

331:
	call void @llvm.nvvm.barrier0()
	%332 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 0
	%333 = load i32, i32 addrspace(3)* %332
	%334 = icmp sgt i32 %297, 0
	%335 = select i1 %334, i32 %333, i32 0
	%336 = add i32 0, %335
	%337 = add i32 0, %333
	%338 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 1
	%339 = load i32, i32 addrspace(3)* %338
	%340 = icmp sgt i32 %297, 1
	%341 = select i1 %340, i32 %339, i32 0
	%342 = add i32 %336, %341
	%343 = add i32 %337, %339
	%344 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 2
	%345 = load i32, i32 addrspace(3)* %344
	%346 = icmp sgt i32 %297, 2
	%347 = select i1 %346, i32 %345, i32 0
	%348 = add i32 %342, %347
	%349 = add i32 %343, %345
	%350 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 3
	%351 = load i32, i32 addrspace(3)* %350
	%352 = icmp sgt i32 %297, 3
	%353 = select i1 %352, i32 %351, i32 0
	%354 = add i32 %348, %353
	%355 = add i32 %349, %351
	%356 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 4
	%357 = load i32, i32 addrspace(3)* %356
	%358 = icmp sgt i32 %297, 4
	%359 = select i1 %358, i32 %357, i32 0
	%360 = add i32 %354, %359
	%361 = add i32 %355, %357
	%362 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 5
	%363 = load i32, i32 addrspace(3)* %362
	%364 = icmp sgt i32 %297, 5
	%365 = select i1 %364, i32 %363, i32 0
	%366 = add i32 %360, %365
	%367 = add i32 %361, %363
	%368 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 6
	%369 = load i32, i32 addrspace(3)* %368
	%370 = icmp sgt i32 %297, 6
	%371 = select i1 %370, i32 %369, i32 0
	%372 = add i32 %366, %371
	%373 = add i32 %367, %369
	%374 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scana, i32 0, i32 7
	%375 = load i32, i32 addrspace(3)* %374
	%376 = icmp sgt i32 %297, 7
	%377 = select i1 %376, i32 %375, i32 0
	%378 = add i32 %372, %377
	%379 = add i32 %373, %375
	%380 = add i32 %378, %317
	%381 = sub i32 %380, %295
	%382 = sub i32 %240, %381
	%383 = icmp sgt i32 %382, 0
	%384 = select i1 %383, i32 %382, i32 0
	%385 = icmp slt i32 %384, %295
	%386 = select i1 %385, i32 %384, i32 %295
	%387 = add i32 %292, %386
	%388 = and i32 %0, 31
	%389 = lshr i32 %0, 5
	%390 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %387, i32 1, i32 0)
	%391 = icmp uge i32 %388, 1
	%392 = select i1 %391, i32 %390, i32 0
	%393 = add i32 %387, %392
	%394 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %393, i32 2, i32 0)
	%395 = icmp uge i32 %388, 2
	%396 = select i1 %395, i32 %394, i32 0
	%397 = add i32 %393, %396
	%398 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %397, i32 4, i32 0)
	%399 = icmp uge i32 %388, 4
	%400 = select i1 %399, i32 %398, i32 0
	%401 = add i32 %397, %400
	%402 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %401, i32 8, i32 0)
	%403 = icmp uge i32 %388, 8
	%404 = select i1 %403, i32 %402, i32 0
	%405 = add i32 %401, %404
	%406 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %405, i32 16, i32 0)
	%407 = icmp uge i32 %388, 16
	%408 = select i1 %407, i32 %406, i32 0
	%409 = add i32 %405, %408
	%410 = icmp eq i32 %388, 31
	br i1 %410, label %411, label %413

411:
	%412 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 %389
	store i32 %409, i32 addrspace(3)* %412
	br label %413

413:
	call void @llvm.nvvm.barrier0()
	%414 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 0
	%415 = load i32, i32 addrspace(3)* %414
	%416 = icmp sgt i32 %389, 0
	%417 = select i1 %416, i32 %415, i32 0
	%418 = add i32 0, %417
	%419 = add i32 0, %415
	%420 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 1
	%421 = load i32, i32 addrspace(3)* %420
	%422 = icmp sgt i32 %389, 1
	%423 = select i1 %422, i32 %421, i32 0
	%424 = add i32 %418, %423
	%425 = add i32 %419, %421
	%426 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 2
	%427 = load i32, i32 addrspace(3)* %426
	%428 = icmp sgt i32 %389, 2
	%429 = select i1 %428, i32 %427, i32 0
	%430 = add i32 %424, %429
	%431 = add i32 %425, %427
	%432 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 3
	%433 = load i32, i32 addrspace(3)* %432
	%434 = icmp sgt i32 %389, 3
	%435 = select i1 %434, i32 %433, i32 0
	%436 = add i32 %430, %435
	%437 = add i32 %431, %433
	%438 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 4
	%439 = load i32, i32 addrspace(3)* %438
	%440 = icmp sgt i32 %389, 4
	%441 = select i1 %440, i32 %439, i32 0
	%442 = add i32 %436, %441
	%443 = add i32 %437, %439
	%444 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 5
	%445 = load i32, i32 addrspace(3)* %444
	%446 = icmp sgt i32 %389, 5
	%447 = select i1 %446, i32 %445, i32 0
	%448 = add i32 %442, %447
	%449 = add i32 %443, %445
	%450 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 6
	%451 = load i32, i32 addrspace(3)* %450
	%452 = icmp sgt i32 %389, 6
	%453 = select i1 %452, i32 %451, i32 0
	%454 = add i32 %448, %453
	%455 = add i32 %449, %451
	%456 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_select1_take_scanb, i32 0, i32 7
	%457 = load i32, i32 addrspace(3)* %456
	%458 = icmp sgt i32 %389, 7
	%459 = select i1 %458, i32 %457, i32 0
	%460 = add i32 %454, %459
	%461 = add i32 %455, %457
	%462 = add i32 %460, %409
	%463 = sub i32 %462, %387
	br i1 %288, label %464, label %467

464:
	%465 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpg, i32 0, i32 %0
	store i32 %463, i32 addrspace(3)* %465
	%466 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpt, i32 0, i32 %0
	store i32 %381, i32 addrspace(3)* %466
	br label %467

467:
	call void @llvm.nvvm.barrier0()
	br label %468

468:
	%469 = phi i32 [ 0, %467 ], [ %503, %502 ]
	%470 = icmp slt i32 %469, %16
	br i1 %470, label %471, label %496

471:
	%472 = add i32 %469, %0
	%473 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %472
	%474 = load i32, i32 addrspace(3)* %473
	%475 = icmp ugt i32 %474, %237
	%476 = icmp eq i32 %474, %237
	%477 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %475)
	%478 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %476)
	%479 = sdiv i32 %469, 256
	%480 = mul i32 %479, 8
	%481 = add i32 %480, %4
	%482 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpt, i32 0, i32 %481
	%483 = load i32, i32 addrspace(3)* %482
	%484 = and i32 %478, %247
	%485 = call i32 @llvm.ctpop.i32(i32 %484)
	%486 = add i32 %483, %485
	%487 = icmp slt i32 %486, %240
	%488 = and i1 %476, %487
	%489 = or i1 %475, %488
	%490 = call i32 @llvm.nvvm.vote.ballot.sync(i32 -1, i1 %489)
	%491 = getelementptr [128 x i32], [128 x i32] addrspace(3)* @best_select1_take_cmpg, i32 0, i32 %481
	%492 = load i32, i32 addrspace(3)* %491
	%493 = and i32 %490, %247
	%494 = call i32 @llvm.ctpop.i32(i32 %493)
	%495 = add i32 %492, %494
	br i1 %489, label %499, label %502

496:
	call void @llvm.nvvm.barrier0()
	%497 = icmp slt i32 %0, %461
	%498 = icmp sle i32 %461, 256
	br i1 %498, label %write_rank, label %write_sort

499:
	%500 = add i32 %469, %0
	%501 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %495
	store i32 %500, i32 addrspace(3)* %501
	br label %502

502:
	%503 = add i32 %469, 256
	br label %468

write_rank:
	br i1 %497, label %595, label %601

write_sort:
	%504 = sub i32 %461, 1
	%505 = call i32 @llvm.ctlz.i32(i32 %504, i1 false)
	%506 = icmp sgt i32 %461, 1
	%507 = sub i32 32, %505
	%508 = select i1 %506, i32 %507, i32 0
	%509 = shl i32 1, %508
	%510 = add i32 %461, %0
	br label %513

write_done:
	%511 = add i32 %245, %461
	%512 = add i32 %511, %0
	br label %634

513:
	%514 = phi i32 [ %510, %write_sort ], [ %518, %516 ]
	%515 = icmp slt i32 %514, %509
	br i1 %515, label %516, label %519

516:
	%517 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %514
	store i32 -1, i32 addrspace(3)* %517
	%518 = add i32 %514, 256
	br label %513

519:
	call void @llvm.nvvm.barrier0()
	%520 = add i32 %508, 1
	br label %521

521:
	%522 = phi i32 [ 1, %519 ], [ %538, %537 ]
	%523 = icmp slt i32 %522, %520
	br i1 %523, label %524, label %526

524:
	%525 = shl i32 1, %522
	br label %527

526:
	br label %579

527:
	%528 = phi i32 [ 0, %524 ], [ %573, %572 ]
	%529 = icmp slt i32 %528, %522
	br i1 %529, label %530, label %537

530:
	%531 = sub i32 %522, 1
	%532 = sub i32 %531, %528
	%533 = shl i32 1, %532
	%534 = sub i32 %522, 1
	%535 = sub i32 %534, %528
	%536 = lshr i32 %509, 1
	br label %539

537:
	%538 = add i32 %522, 1
	br label %521

539:
	%540 = phi i32 [ %0, %530 ], [ %578, %577 ]
	%541 = icmp slt i32 %540, %536
	br i1 %541, label %542, label %572

542:
	%543 = lshr i32 %540, %535
	%544 = add i32 %535, 1
	%545 = shl i32 %543, %544
	%546 = sub i32 %533, 1
	%547 = and i32 %540, %546
	%548 = or i32 %545, %547
	%549 = or i32 %548, %533
	%550 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %548
	%551 = load i32, i32 addrspace(3)* %550
	%552 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %549
	%553 = load i32, i32 addrspace(3)* %552
	%554 = and i32 %548, %525
	%555 = icmp eq i32 %554, 0
	%556 = icmp sge i32 %553, 0
	%557 = select i1 %556, i32 %553, i32 0
	%558 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %557
	%559 = load i32, i32 addrspace(3)* %558
	%560 = select i1 %556, i32 %559, i32 0
	%561 = icmp sge i32 %551, 0
	%562 = select i1 %561, i32 %551, i32 0
	%563 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %562
	%564 = load i32, i32 addrspace(3)* %563
	%565 = select i1 %561, i32 %564, i32 0
	%566 = icmp ugt i32 %560, %565
	%567 = icmp eq i32 %560, %565
	%568 = icmp slt i32 %553, %551
	%569 = and i1 %567, %568
	%570 = or i1 %566, %569
	%571 = icmp eq i1 %570, %555
	br i1 %571, label %574, label %577

572:
	call void @llvm.nvvm.barrier0()
	%573 = add i32 %528, 1
	br label %527

574:
	%575 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %548
	store i32 %553, i32 addrspace(3)* %575
	%576 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %549
	store i32 %551, i32 addrspace(3)* %576
	br label %577

577:
	%578 = add i32 %540, 256
	br label %539

579:
	%580 = phi i32 [ %0, %526 ], [ %593, %582 ]
	%581 = icmp slt i32 %580, %461
	br i1 %581, label %582, label %594

582:
	%583 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %580
	%584 = load i32, i32 addrspace(3)* %583
	%585 = add i32 %245, %580
	%586 = add i32 %13, %585
	%587 = sext i32 %586 to i64
	%588 = getelementptr i32, i32* %list, i64 %587
	store i32 %584, i32* %588
	%589 = add i32 %13, %NK
	%590 = add i32 %589, %585
	%591 = sext i32 %590 to i64
	%592 = getelementptr i32, i32* %list, i64 %591
	store i32 0, i32* %592
	%593 = add i32 %580, 256
	br label %579

594:
	br label %write_done

595:
	%596 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %0
	%597 = load i32, i32 addrspace(3)* %596
	%598 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_x, i32 0, i32 %597
	%599 = load i32, i32 addrspace(3)* %598
	%600 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_take_hist2, i32 0, i32 %0
	store i32 %599, i32 addrspace(3)* %600
	br label %601

601:
	call void @llvm.nvvm.barrier0()
	br i1 %497, label %602, label %607

602:
	%603 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %0
	%604 = load i32, i32 addrspace(3)* %603
	%605 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_take_hist2, i32 0, i32 %0
	%606 = load i32, i32 addrspace(3)* %605
	br label %608

607:
	br label %write_done

608:
	%609 = phi i32 [ 0, %602 ], [ %624, %612 ]
	%610 = phi i32 [ 0, %602 ], [ %623, %612 ]
	%611 = icmp slt i32 %609, %461
	br i1 %611, label %612, label %625

612:
	%613 = getelementptr [256 x i32], [256 x i32] addrspace(3)* @best_select1_take_hist2, i32 0, i32 %609
	%614 = load i32, i32 addrspace(3)* %613
	%615 = getelementptr [4096 x i32], [4096 x i32] addrspace(3)* @best_select1_take_c, i32 0, i32 %609
	%616 = load i32, i32 addrspace(3)* %615
	%617 = icmp ugt i32 %614, %606
	%618 = icmp eq i32 %614, %606
	%619 = icmp slt i32 %616, %604
	%620 = and i1 %618, %619
	%621 = or i1 %617, %620
	%622 = zext i1 %621 to i32
	%623 = add i32 %610, %622
	%624 = add i32 %609, 1
	br label %608

625:
	%626 = add i32 %245, %610
	%627 = add i32 %13, %626
	%628 = sext i32 %627 to i64
	%629 = getelementptr i32, i32* %list, i64 %628
	store i32 %604, i32* %629
	%630 = add i32 %13, %NK
	%631 = add i32 %630, %626
	%632 = sext i32 %631 to i64
	%633 = getelementptr i32, i32* %list, i64 %632
	store i32 0, i32* %633
	br label %607

634:
	%635 = phi i32 [ %512, %write_done ], [ %645, %637 ]
	%636 = icmp slt i32 %635, %NK
	br i1 %636, label %637, label %646

637:
	%638 = add i32 %13, %635
	%639 = sext i32 %638 to i64
	%640 = getelementptr i32, i32* %list, i64 %639
	store i32 -1, i32* %640
	%641 = add i32 %13, %NK
	%642 = add i32 %641, %635
	%643 = sext i32 %642 to i64
	%644 = getelementptr i32, i32* %list, i64 %643
	store i32 -1, i32* %644
	%645 = add i32 %635, 256
	br label %634

646:
	ret void
}

declare i32 @llvm.nvvm.vote.ballot.sync(i32 %p0, i1 %p1)

declare i32 @llvm.ctlz.i32(i32 %p0, i1 %p1)

define ptx_kernel void @best_pool_q0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @best_pool_k0(i16* %x, float* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = getelementptr float, float* %out, i64 %33
	store float %28, float* %34
	ret void
}

define ptx_kernel void @best_scores0(float* %qm, float* %km, float* %e, i8* %cls, i32 %ch, i32 %NQ, i32 %NK, i32 %group) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()
	%4 = and i32 %0, 15
	%5 = lshr i32 %0, 4
	%6 = mul i32 %2, 64
	%7 = mul i32 %1, 64
	%8 = mul i32 %5, 4
	%9 = add i32 %6, %8
	%10 = mul i32 %4, 4
	%11 = add i32 %7, %10
	%12 = sdiv i32 %3, %group
	%13 = mul i32 %3, %ch
	%14 = mul i32 %13, %NQ
	%15 = add i32 %9, 0
	%16 = add i32 %11, 0
	%17 = icmp slt i32 %15, %NQ
	%18 = icmp slt i32 %16, %NK
	%19 = and i1 %17, %18
	%20 = add i32 %14, %15
	%21 = mul i32 %20, %NK
	%22 = add i32 %21, %16
	%23 = select i1 %19, i32 %22, i32 0
	%24 = sext i32 %23 to i64
	%25 = getelementptr i8, i8* %cls, i64 %24
	%26 = load i8, i8* %25
	%27 = icmp ne i8 %26, 0
	%28 = and i1 %19, %27
	%29 = or i1 false, %28
	%30 = add i32 %11, 1
	%31 = icmp slt i32 %15, %NQ
	%32 = icmp slt i32 %30, %NK
	%33 = and i1 %31, %32
	%34 = add i32 %14, %15
	%35 = mul i32 %34, %NK
	%36 = add i32 %35, %30
	%37 = select i1 %33, i32 %36, i32 0
	%38 = sext i32 %37 to i64
	%39 = getelementptr i8, i8* %cls, i64 %38
	%40 = load i8, i8* %39
	%41 = icmp ne i8 %40, 0
	%42 = and i1 %33, %41
	%43 = or i1 %29, %42
	%44 = add i32 %11, 2
	%45 = icmp slt i32 %15, %NQ
	%46 = icmp slt i32 %44, %NK
	%47 = and i1 %45, %46
	%48 = add i32 %14, %15
	%49 = mul i32 %48, %NK
	%50 = add i32 %49, %44
	%51 = select i1 %47, i32 %50, i32 0
	%52 = sext i32 %51 to i64
	%53 = getelementptr i8, i8* %cls, i64 %52
	%54 = load i8, i8* %53
	%55 = icmp ne i8 %54, 0
	%56 = and i1 %47, %55
	%57 = or i1 %43, %56
	%58 = add i32 %11, 3
	%59 = icmp slt i32 %15, %NQ
	%60 = icmp slt i32 %58, %NK
	%61 = and i1 %59, %60
	%62 = add i32 %14, %15
	%63 = mul i32 %62, %NK
	%64 = add i32 %63, %58
	%65 = select i1 %61, i32 %64, i32 0
	%66 = sext i32 %65 to i64
	%67 = getelementptr i8, i8* %cls, i64 %66
	%68 = load i8, i8* %67
	%69 = icmp ne i8 %68, 0
	%70 = and i1 %61, %69
	%71 = or i1 %57, %70
	%72 = add i32 %9, 1
	%73 = add i32 %11, 0
	%74 = icmp slt i32 %72, %NQ
	%75 = icmp slt i32 %73, %NK
	%76 = and i1 %74, %75
	%77 = add i32 %14, %72
	%78 = mul i32 %77, %NK
	%79 = add i32 %78, %73
	%80 = select i1 %76, i32 %79, i32 0
	%81 = sext i32 %80 to i64
	%82 = getelementptr i8, i8* %cls, i64 %81
	%83 = load i8, i8* %82
	%84 = icmp ne i8 %83, 0
	%85 = and i1 %76, %84
	%86 = or i1 %71, %85
	%87 = add i32 %11, 1
	%88 = icmp slt i32 %72, %NQ
	%89 = icmp slt i32 %87, %NK
	%90 = and i1 %88, %89
	%91 = add i32 %14, %72
	%92 = mul i32 %91, %NK
	%93 = add i32 %92, %87
	%94 = select i1 %90, i32 %93, i32 0
	%95 = sext i32 %94 to i64
	%96 = getelementptr i8, i8* %cls, i64 %95
	%97 = load i8, i8* %96
	%98 = icmp ne i8 %97, 0
	%99 = and i1 %90, %98
	%100 = or i1 %86, %99
	%101 = add i32 %11, 2
	%102 = icmp slt i32 %72, %NQ
	%103 = icmp slt i32 %101, %NK
	%104 = and i1 %102, %103
	%105 = add i32 %14, %72
	%106 = mul i32 %105, %NK
	%107 = add i32 %106, %101
	%108 = select i1 %104, i32 %107, i32 0
	%109 = sext i32 %108 to i64
	%110 = getelementptr i8, i8* %cls, i64 %109
	%111 = load i8, i8* %110
	%112 = icmp ne i8 %111, 0
	%113 = and i1 %104, %112
	%114 = or i1 %100, %113
	%115 = add i32 %11, 3
	%116 = icmp slt i32 %72, %NQ
	%117 = icmp slt i32 %115, %NK
	%118 = and i1 %116, %117
	%119 = add i32 %14, %72
	%120 = mul i32 %119, %NK
	%121 = add i32 %120, %115
	%122 = select i1 %118, i32 %121, i32 0
	%123 = sext i32 %122 to i64
	%124 = getelementptr i8, i8* %cls, i64 %123
	%125 = load i8, i8* %124
	%126 = icmp ne i8 %125, 0
	%127 = and i1 %118, %126
	%128 = or i1 %114, %127
	%129 = add i32 %9, 2
	%130 = add i32 %11, 0
	%131 = icmp slt i32 %129, %NQ
	%132 = icmp slt i32 %130, %NK
	%133 = and i1 %131, %132
	%134 = add i32 %14, %129
	%135 = mul i32 %134, %NK
	%136 = add i32 %135, %130
	%137 = select i1 %133, i32 %136, i32 0
	%138 = sext i32 %137 to i64
	%139 = getelementptr i8, i8* %cls, i64 %138
	%140 = load i8, i8* %139
	%141 = icmp ne i8 %140, 0
	%142 = and i1 %133, %141
	%143 = or i1 %128, %142
	%144 = add i32 %11, 1
	%145 = icmp slt i32 %129, %NQ
	%146 = icmp slt i32 %144, %NK
	%147 = and i1 %145, %146
	%148 = add i32 %14, %129
	%149 = mul i32 %148, %NK
	%150 = add i32 %149, %144
	%151 = select i1 %147, i32 %150, i32 0
	%152 = sext i32 %151 to i64
	%153 = getelementptr i8, i8* %cls, i64 %152
	%154 = load i8, i8* %153
	%155 = icmp ne i8 %154, 0
	%156 = and i1 %147, %155
	%157 = or i1 %143, %156
	%158 = add i32 %11, 2
	%159 = icmp slt i32 %129, %NQ
	%160 = icmp slt i32 %158, %NK
	%161 = and i1 %159, %160
	%162 = add i32 %14, %129
	%163 = mul i32 %162, %NK
	%164 = add i32 %163, %158
	%165 = select i1 %161, i32 %164, i32 0
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %cls, i64 %166
	%168 = load i8, i8* %167
	%169 = icmp ne i8 %168, 0
	%170 = and i1 %161, %169
	%171 = or i1 %157, %170
	%172 = add i32 %11, 3
	%173 = icmp slt i32 %129, %NQ
	%174 = icmp slt i32 %172, %NK
	%175 = and i1 %173, %174
	%176 = add i32 %14, %129
	%177 = mul i32 %176, %NK
	%178 = add i32 %177, %172
	%179 = select i1 %175, i32 %178, i32 0
	%180 = sext i32 %179 to i64
	%181 = getelementptr i8, i8* %cls, i64 %180
	%182 = load i8, i8* %181
	%183 = icmp ne i8 %182, 0
	%184 = and i1 %175, %183
	%185 = or i1 %171, %184
	%186 = add i32 %9, 3
	%187 = add i32 %11, 0
	%188 = icmp slt i32 %186, %NQ
	%189 = icmp slt i32 %187, %NK
	%190 = and i1 %188, %189
	%191 = add i32 %14, %186
	%192 = mul i32 %191, %NK
	%193 = add i32 %192, %187
	%194 = select i1 %190, i32 %193, i32 0
	%195 = sext i32 %194 to i64
	%196 = getelementptr i8, i8* %cls, i64 %195
	%197 = load i8, i8* %196
	%198 = icmp ne i8 %197, 0
	%199 = and i1 %190, %198
	%200 = or i1 %185, %199
	%201 = add i32 %11, 1
	%202 = icmp slt i32 %186, %NQ
	%203 = icmp slt i32 %201, %NK
	%204 = and i1 %202, %203
	%205 = add i32 %14, %186
	%206 = mul i32 %205, %NK
	%207 = add i32 %206, %201
	%208 = select i1 %204, i32 %207, i32 0
	%209 = sext i32 %208 to i64
	%210 = getelementptr i8, i8* %cls, i64 %209
	%211 = load i8, i8* %210
	%212 = icmp ne i8 %211, 0
	%213 = and i1 %204, %212
	%214 = or i1 %200, %213
	%215 = add i32 %11, 2
	%216 = icmp slt i32 %186, %NQ
	%217 = icmp slt i32 %215, %NK
	%218 = and i1 %216, %217
	%219 = add i32 %14, %186
	%220 = mul i32 %219, %NK
	%221 = add i32 %220, %215
	%222 = select i1 %218, i32 %221, i32 0
	%223 = sext i32 %222 to i64
	%224 = getelementptr i8, i8* %cls, i64 %223
	%225 = load i8, i8* %224
	%226 = icmp ne i8 %225, 0
	%227 = and i1 %218, %226
	%228 = or i1 %214, %227
	%229 = add i32 %11, 3
	%230 = icmp slt i32 %186, %NQ
	%231 = icmp slt i32 %229, %NK
	%232 = and i1 %230, %231
	%233 = add i32 %14, %186
	%234 = mul i32 %233, %NK
	%235 = add i32 %234, %229
	%236 = select i1 %232, i32 %235, i32 0
	%237 = sext i32 %236 to i64
	%238 = getelementptr i8, i8* %cls, i64 %237
	%239 = load i8, i8* %238
	%240 = icmp ne i8 %239, 0
	%241 = and i1 %232, %240
	%242 = or i1 %228, %241
	%243 = zext i1 %242 to i32
	%244 = call i32 @llvm.nvvm.barrier0.or(i32 %243)
	%245 = icmp ne i32 %244, 0
	br i1 %245, label %work, label %skip

work:
	br label %246

skip:
	ret void

246:
	%247 = phi i32 [ 0, %work ], [ %459, %458 ]
	%248 = phi float [ 0.0, %work ], [ %403, %458 ]
	%249 = phi float [ 0.0, %work ], [ %404, %458 ]
	%250 = phi float [ 0.0, %work ], [ %405, %458 ]
	%251 = phi float [ 0.0, %work ], [ %406, %458 ]
	%252 = phi float [ 0.0, %work ], [ %407, %458 ]
	%253 = phi float [ 0.0, %work ], [ %408, %458 ]
	%254 = phi float [ 0.0, %work ], [ %409, %458 ]
	%255 = phi float [ 0.0, %work ], [ %410, %458 ]
	%256 = phi float [ 0.0, %work ], [ %411, %458 ]
	%257 = phi float [ 0.0, %work ], [ %412, %458 ]
	%258 = phi float [ 0.0, %work ], [ %413, %458 ]
	%259 = phi float [ 0.0, %work ], [ %414, %458 ]
	%260 = phi float [ 0.0, %work ], [ %415, %458 ]
	%261 = phi float [ 0.0, %work ], [ %416, %458 ]
	%262 = phi float [ 0.0, %work ], [ %417, %458 ]
	%263 = phi float [ 0.0, %work ], [ %418, %458 ]
	%264 = icmp slt i32 %247, 64
	br i1 %264, label %265, label %394

265:
	%266 = add i32 %0, 0
	%267 = lshr i32 %266, 4
	%268 = and i32 %266, 15
	%269 = add i32 %268, %247
	%270 = add i32 %6, %267
	%271 = add i32 %7, %267
	%272 = icmp slt i32 %270, %NQ
	%273 = select i1 %272, i32 %270, i32 0
	%274 = mul i32 %3, %NQ
	%275 = add i32 %274, %273
	%276 = mul i32 %275, 64
	%277 = add i32 %276, %269
	%278 = sext i32 %277 to i64
	%279 = getelementptr float, float* %qm, i64 %278
	%280 = load float, float* %279
	%281 = select i1 %272, float %280, float 0.0
	%282 = mul i32 %268, 68
	%283 = add i32 %282, %267
	%284 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %283
	store float %281, float addrspace(3)* %284
	%285 = icmp slt i32 %271, %NK
	%286 = select i1 %285, i32 %271, i32 0
	%287 = mul i32 %12, %NK
	%288 = add i32 %287, %286
	%289 = mul i32 %288, 64
	%290 = add i32 %289, %269
	%291 = sext i32 %290 to i64
	%292 = getelementptr float, float* %km, i64 %291
	%293 = load float, float* %292
	%294 = select i1 %285, float %293, float 0.0
	%295 = mul i32 %268, 68
	%296 = add i32 %295, %267
	%297 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %296
	store float %294, float addrspace(3)* %297
	%298 = add i32 %0, 256
	%299 = lshr i32 %298, 4
	%300 = and i32 %298, 15
	%301 = add i32 %300, %247
	%302 = add i32 %6, %299
	%303 = add i32 %7, %299
	%304 = icmp slt i32 %302, %NQ
	%305 = select i1 %304, i32 %302, i32 0
	%306 = mul i32 %3, %NQ
	%307 = add i32 %306, %305
	%308 = mul i32 %307, 64
	%309 = add i32 %308, %301
	%310 = sext i32 %309 to i64
	%311 = getelementptr float, float* %qm, i64 %310
	%312 = load float, float* %311
	%313 = select i1 %304, float %312, float 0.0
	%314 = mul i32 %300, 68
	%315 = add i32 %314, %299
	%316 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %315
	store float %313, float addrspace(3)* %316
	%317 = icmp slt i32 %303, %NK
	%318 = select i1 %317, i32 %303, i32 0
	%319 = mul i32 %12, %NK
	%320 = add i32 %319, %318
	%321 = mul i32 %320, 64
	%322 = add i32 %321, %301
	%323 = sext i32 %322 to i64
	%324 = getelementptr float, float* %km, i64 %323
	%325 = load float, float* %324
	%326 = select i1 %317, float %325, float 0.0
	%327 = mul i32 %300, 68
	%328 = add i32 %327, %299
	%329 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %328
	store float %326, float addrspace(3)* %329
	%330 = add i32 %0, 512
	%331 = lshr i32 %330, 4
	%332 = and i32 %330, 15
	%333 = add i32 %332, %247
	%334 = add i32 %6, %331
	%335 = add i32 %7, %331
	%336 = icmp slt i32 %334, %NQ
	%337 = select i1 %336, i32 %334, i32 0
	%338 = mul i32 %3, %NQ
	%339 = add i32 %338, %337
	%340 = mul i32 %339, 64
	%341 = add i32 %340, %333
	%342 = sext i32 %341 to i64
	%343 = getelementptr float, float* %qm, i64 %342
	%344 = load float, float* %343
	%345 = select i1 %336, float %344, float 0.0
	%346 = mul i32 %332, 68
	%347 = add i32 %346, %331
	%348 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %347
	store float %345, float addrspace(3)* %348
	%349 = icmp slt i32 %335, %NK
	%350 = select i1 %349, i32 %335, i32 0
	%351 = mul i32 %12, %NK
	%352 = add i32 %351, %350
	%353 = mul i32 %352, 64
	%354 = add i32 %353, %333
	%355 = sext i32 %354 to i64
	%356 = getelementptr float, float* %km, i64 %355
	%357 = load float, float* %356
	%358 = select i1 %349, float %357, float 0.0
	%359 = mul i32 %332, 68
	%360 = add i32 %359, %331
	%361 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %360
	store float %358, float addrspace(3)* %361
	%362 = add i32 %0, 768
	%363 = lshr i32 %362, 4
	%364 = and i32 %362, 15
	%365 = add i32 %364, %247
	%366 = add i32 %6, %363
	%367 = add i32 %7, %363
	%368 = icmp slt i32 %366, %NQ
	%369 = select i1 %368, i32 %366, i32 0
	%370 = mul i32 %3, %NQ
	%371 = add i32 %370, %369
	%372 = mul i32 %371, 64
	%373 = add i32 %372, %365
	%374 = sext i32 %373 to i64
	%375 = getelementptr float, float* %qm, i64 %374
	%376 = load float, float* %375
	%377 = select i1 %368, float %376, float 0.0
	%378 = mul i32 %364, 68
	%379 = add i32 %378, %363
	%380 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %379
	store float %377, float addrspace(3)* %380
	%381 = icmp slt i32 %367, %NK
	%382 = select i1 %381, i32 %367, i32 0
	%383 = mul i32 %12, %NK
	%384 = add i32 %383, %382
	%385 = mul i32 %384, 64
	%386 = add i32 %385, %365
	%387 = sext i32 %386 to i64
	%388 = getelementptr float, float* %km, i64 %387
	%389 = load float, float* %388
	%390 = select i1 %381, float %389, float 0.0
	%391 = mul i32 %364, 68
	%392 = add i32 %391, %363
	%393 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %392
	store float %390, float addrspace(3)* %393
	call void @llvm.nvvm.barrier0()
	br label %401

394:
	%395 = add i32 %9, 0
	%396 = add i32 %11, 0
	%397 = icmp slt i32 %395, %NQ
	%398 = icmp slt i32 %396, %NK
	%399 = and i1 %397, %398
	%400 = fmul float %248, 0x3FC7154760000000
	br i1 %399, label %460, label %467

401:
	%402 = phi i32 [ 0, %265 ], [ %457, %420 ]
	%403 = phi float [ %248, %265 ], [ %441, %420 ]
	%404 = phi float [ %249, %265 ], [ %442, %420 ]
	%405 = phi float [ %250, %265 ], [ %443, %420 ]
	%406 = phi float [ %251, %265 ], [ %444, %420 ]
	%407 = phi float [ %252, %265 ], [ %445, %420 ]
	%408 = phi float [ %253, %265 ], [ %446, %420 ]
	%409 = phi float [ %254, %265 ], [ %447, %420 ]
	%410 = phi float [ %255, %265 ], [ %448, %420 ]
	%411 = phi float [ %256, %265 ], [ %449, %420 ]
	%412 = phi float [ %257, %265 ], [ %450, %420 ]
	%413 = phi float [ %258, %265 ], [ %451, %420 ]
	%414 = phi float [ %259, %265 ], [ %452, %420 ]
	%415 = phi float [ %260, %265 ], [ %453, %420 ]
	%416 = phi float [ %261, %265 ], [ %454, %420 ]
	%417 = phi float [ %262, %265 ], [ %455, %420 ]
	%418 = phi float [ %263, %265 ], [ %456, %420 ]
	%419 = icmp slt i32 %402, 16
	br i1 %419, label %420, label %458

420:
	%421 = mul i32 %5, 4
	%422 = mul i32 %402, 68
	%423 = add i32 %422, %421
	%424 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_a, i32 0, i32 %423
	%425 = bitcast float addrspace(3)* %424 to <4 x float> addrspace(3)*
	%426 = load <4 x float>, <4 x float> addrspace(3)* %425, align 16
	%427 = extractelement <4 x float> %426, i32 0
	%428 = extractelement <4 x float> %426, i32 1
	%429 = extractelement <4 x float> %426, i32 2
	%430 = extractelement <4 x float> %426, i32 3
	%431 = mul i32 %4, 4
	%432 = mul i32 %402, 68
	%433 = add i32 %432, %431
	%434 = getelementptr [1088 x float], [1088 x float] addrspace(3)* @best_scores0_b, i32 0, i32 %433
	%435 = bitcast float addrspace(3)* %434 to <4 x float> addrspace(3)*
	%436 = load <4 x float>, <4 x float> addrspace(3)* %435, align 16
	%437 = extractelement <4 x float> %436, i32 0
	%438 = extractelement <4 x float> %436, i32 1
	%439 = extractelement <4 x float> %436, i32 2
	%440 = extractelement <4 x float> %436, i32 3
	%441 = call float @llvm.fma.f32(float %427, float %437, float %403)
	%442 = call float @llvm.fma.f32(float %427, float %438, float %404)
	%443 = call float @llvm.fma.f32(float %427, float %439, float %405)
	%444 = call float @llvm.fma.f32(float %427, float %440, float %406)
	%445 = call float @llvm.fma.f32(float %428, float %437, float %407)
	%446 = call float @llvm.fma.f32(float %428, float %438, float %408)
	%447 = call float @llvm.fma.f32(float %428, float %439, float %409)
	%448 = call float @llvm.fma.f32(float %428, float %440, float %410)
	%449 = call float @llvm.fma.f32(float %429, float %437, float %411)
	%450 = call float @llvm.fma.f32(float %429, float %438, float %412)
	%451 = call float @llvm.fma.f32(float %429, float %439, float %413)
	%452 = call float @llvm.fma.f32(float %429, float %440, float %414)
	%453 = call float @llvm.fma.f32(float %430, float %437, float %415)
	%454 = call float @llvm.fma.f32(float %430, float %438, float %416)
	%455 = call float @llvm.fma.f32(float %430, float %439, float %417)
	%456 = call float @llvm.fma.f32(float %430, float %440, float %418)
	%457 = add i32 %402, 1
	br label %401

458:
	call void @llvm.nvvm.barrier0()
	%459 = add i32 %247, 16
	br label %246

460:
	%461 = mul i32 %3, %NQ
	%462 = add i32 %461, %395
	%463 = mul i32 %462, %NK
	%464 = add i32 %463, %396
	%465 = sext i32 %464 to i64
	%466 = getelementptr float, float* %e, i64 %465
	store float %400, float* %466
	br label %467

467:
	%468 = add i32 %11, 1
	%469 = icmp slt i32 %395, %NQ
	%470 = icmp slt i32 %468, %NK
	%471 = and i1 %469, %470
	%472 = fmul float %249, 0x3FC7154760000000
	br i1 %471, label %473, label %480

473:
	%474 = mul i32 %3, %NQ
	%475 = add i32 %474, %395
	%476 = mul i32 %475, %NK
	%477 = add i32 %476, %468
	%478 = sext i32 %477 to i64
	%479 = getelementptr float, float* %e, i64 %478
	store float %472, float* %479
	br label %480

480:
	%481 = add i32 %11, 2
	%482 = icmp slt i32 %395, %NQ
	%483 = icmp slt i32 %481, %NK
	%484 = and i1 %482, %483
	%485 = fmul float %250, 0x3FC7154760000000
	br i1 %484, label %486, label %493

486:
	%487 = mul i32 %3, %NQ
	%488 = add i32 %487, %395
	%489 = mul i32 %488, %NK
	%490 = add i32 %489, %481
	%491 = sext i32 %490 to i64
	%492 = getelementptr float, float* %e, i64 %491
	store float %485, float* %492
	br label %493

493:
	%494 = add i32 %11, 3
	%495 = icmp slt i32 %395, %NQ
	%496 = icmp slt i32 %494, %NK
	%497 = and i1 %495, %496
	%498 = fmul float %251, 0x3FC7154760000000
	br i1 %497, label %499, label %506

499:
	%500 = mul i32 %3, %NQ
	%501 = add i32 %500, %395
	%502 = mul i32 %501, %NK
	%503 = add i32 %502, %494
	%504 = sext i32 %503 to i64
	%505 = getelementptr float, float* %e, i64 %504
	store float %498, float* %505
	br label %506

506:
	%507 = add i32 %9, 1
	%508 = add i32 %11, 0
	%509 = icmp slt i32 %507, %NQ
	%510 = icmp slt i32 %508, %NK
	%511 = and i1 %509, %510
	%512 = fmul float %252, 0x3FC7154760000000
	br i1 %511, label %513, label %520

513:
	%514 = mul i32 %3, %NQ
	%515 = add i32 %514, %507
	%516 = mul i32 %515, %NK
	%517 = add i32 %516, %508
	%518 = sext i32 %517 to i64
	%519 = getelementptr float, float* %e, i64 %518
	store float %512, float* %519
	br label %520

520:
	%521 = add i32 %11, 1
	%522 = icmp slt i32 %507, %NQ
	%523 = icmp slt i32 %521, %NK
	%524 = and i1 %522, %523
	%525 = fmul float %253, 0x3FC7154760000000
	br i1 %524, label %526, label %533

526:
	%527 = mul i32 %3, %NQ
	%528 = add i32 %527, %507
	%529 = mul i32 %528, %NK
	%530 = add i32 %529, %521
	%531 = sext i32 %530 to i64
	%532 = getelementptr float, float* %e, i64 %531
	store float %525, float* %532
	br label %533

533:
	%534 = add i32 %11, 2
	%535 = icmp slt i32 %507, %NQ
	%536 = icmp slt i32 %534, %NK
	%537 = and i1 %535, %536
	%538 = fmul float %254, 0x3FC7154760000000
	br i1 %537, label %539, label %546

539:
	%540 = mul i32 %3, %NQ
	%541 = add i32 %540, %507
	%542 = mul i32 %541, %NK
	%543 = add i32 %542, %534
	%544 = sext i32 %543 to i64
	%545 = getelementptr float, float* %e, i64 %544
	store float %538, float* %545
	br label %546

546:
	%547 = add i32 %11, 3
	%548 = icmp slt i32 %507, %NQ
	%549 = icmp slt i32 %547, %NK
	%550 = and i1 %548, %549
	%551 = fmul float %255, 0x3FC7154760000000
	br i1 %550, label %552, label %559

552:
	%553 = mul i32 %3, %NQ
	%554 = add i32 %553, %507
	%555 = mul i32 %554, %NK
	%556 = add i32 %555, %547
	%557 = sext i32 %556 to i64
	%558 = getelementptr float, float* %e, i64 %557
	store float %551, float* %558
	br label %559

559:
	%560 = add i32 %9, 2
	%561 = add i32 %11, 0
	%562 = icmp slt i32 %560, %NQ
	%563 = icmp slt i32 %561, %NK
	%564 = and i1 %562, %563
	%565 = fmul float %256, 0x3FC7154760000000
	br i1 %564, label %566, label %573

566:
	%567 = mul i32 %3, %NQ
	%568 = add i32 %567, %560
	%569 = mul i32 %568, %NK
	%570 = add i32 %569, %561
	%571 = sext i32 %570 to i64
	%572 = getelementptr float, float* %e, i64 %571
	store float %565, float* %572
	br label %573

573:
	%574 = add i32 %11, 1
	%575 = icmp slt i32 %560, %NQ
	%576 = icmp slt i32 %574, %NK
	%577 = and i1 %575, %576
	%578 = fmul float %257, 0x3FC7154760000000
	br i1 %577, label %579, label %586

579:
	%580 = mul i32 %3, %NQ
	%581 = add i32 %580, %560
	%582 = mul i32 %581, %NK
	%583 = add i32 %582, %574
	%584 = sext i32 %583 to i64
	%585 = getelementptr float, float* %e, i64 %584
	store float %578, float* %585
	br label %586

586:
	%587 = add i32 %11, 2
	%588 = icmp slt i32 %560, %NQ
	%589 = icmp slt i32 %587, %NK
	%590 = and i1 %588, %589
	%591 = fmul float %258, 0x3FC7154760000000
	br i1 %590, label %592, label %599

592:
	%593 = mul i32 %3, %NQ
	%594 = add i32 %593, %560
	%595 = mul i32 %594, %NK
	%596 = add i32 %595, %587
	%597 = sext i32 %596 to i64
	%598 = getelementptr float, float* %e, i64 %597
	store float %591, float* %598
	br label %599

599:
	%600 = add i32 %11, 3
	%601 = icmp slt i32 %560, %NQ
	%602 = icmp slt i32 %600, %NK
	%603 = and i1 %601, %602
	%604 = fmul float %259, 0x3FC7154760000000
	br i1 %603, label %605, label %612

605:
	%606 = mul i32 %3, %NQ
	%607 = add i32 %606, %560
	%608 = mul i32 %607, %NK
	%609 = add i32 %608, %600
	%610 = sext i32 %609 to i64
	%611 = getelementptr float, float* %e, i64 %610
	store float %604, float* %611
	br label %612

612:
	%613 = add i32 %9, 3
	%614 = add i32 %11, 0
	%615 = icmp slt i32 %613, %NQ
	%616 = icmp slt i32 %614, %NK
	%617 = and i1 %615, %616
	%618 = fmul float %260, 0x3FC7154760000000
	br i1 %617, label %619, label %626

619:
	%620 = mul i32 %3, %NQ
	%621 = add i32 %620, %613
	%622 = mul i32 %621, %NK
	%623 = add i32 %622, %614
	%624 = sext i32 %623 to i64
	%625 = getelementptr float, float* %e, i64 %624
	store float %618, float* %625
	br label %626

626:
	%627 = add i32 %11, 1
	%628 = icmp slt i32 %613, %NQ
	%629 = icmp slt i32 %627, %NK
	%630 = and i1 %628, %629
	%631 = fmul float %261, 0x3FC7154760000000
	br i1 %630, label %632, label %639

632:
	%633 = mul i32 %3, %NQ
	%634 = add i32 %633, %613
	%635 = mul i32 %634, %NK
	%636 = add i32 %635, %627
	%637 = sext i32 %636 to i64
	%638 = getelementptr float, float* %e, i64 %637
	store float %631, float* %638
	br label %639

639:
	%640 = add i32 %11, 2
	%641 = icmp slt i32 %613, %NQ
	%642 = icmp slt i32 %640, %NK
	%643 = and i1 %641, %642
	%644 = fmul float %262, 0x3FC7154760000000
	br i1 %643, label %645, label %652

645:
	%646 = mul i32 %3, %NQ
	%647 = add i32 %646, %613
	%648 = mul i32 %647, %NK
	%649 = add i32 %648, %640
	%650 = sext i32 %649 to i64
	%651 = getelementptr float, float* %e, i64 %650
	store float %644, float* %651
	br label %652

652:
	%653 = add i32 %11, 3
	%654 = icmp slt i32 %613, %NQ
	%655 = icmp slt i32 %653, %NK
	%656 = and i1 %654, %655
	%657 = fmul float %263, 0x3FC7154760000000
	br i1 %656, label %658, label %665

658:
	%659 = mul i32 %3, %NQ
	%660 = add i32 %659, %613
	%661 = mul i32 %660, %NK
	%662 = add i32 %661, %653
	%663 = sext i32 %662 to i64
	%664 = getelementptr float, float* %e, i64 %663
	store float %657, float* %664
	br label %665

665:
	ret void
}

declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.z()

declare i32 @llvm.nvvm.barrier0.or(i32 %p0)

declare float @llvm.fma.f32(float %p0, float %p1, float %p2)

define ptx_kernel void @best_attn2(i16* %q, i16* %k, i16* %v, i16* %out, i32 %H, i32 %M, i32 %N, i32 %group, i32* %list, i32 %NQ, i32 %NK, i32 %lh, i8* %cls, i32 %ch, i32 %hg, i16* %kbar, i16* %vbar, i8* %comp) {
entry:
	%0 = ptrtoint [16384 x i8] addrspace(3)* @best_attn2_smem to i32
	%1 = add i32 %0, u0x2000
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%3 = lshr i32 %2, 5
	%4 = and i32 %2, 31
	%5 = lshr i32 %4, 2
	%6 = and i32 %4, 3
	%7 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%8 = mul i32 %7, %NQ
	%9 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%10 = add i32 %8, %9
	%11 = mul i32 %hg, %NQ
	%12 = udiv i32 %10, %11
	%13 = urem i32 %10, %11
	%14 = mul i32 %12, %hg
	%15 = sub i32 %H, %14
	%16 = icmp slt i32 %hg, %15
	%17 = select i1 %16, i32 %hg, i32 %15
	%18 = sub i32 %NQ, 1
	%19 = udiv i32 %13, %17
	%20 = sub i32 %18, %19
	%21 = urem i32 %13, %17
	%22 = add i32 %14, %21
	%23 = sdiv i32 %22, %group
	%24 = mul i32 %20, 64
	%25 = mul i32 %22, %M
	%26 = mul i32 %25, 64
	%27 = sext i32 %26 to i64
	%28 = getelementptr i16, i16* %q, i64 %27
	%29 = mul i32 %23, %N
	%30 = mul i32 %29, 64
	%31 = sext i32 %30 to i64
	%32 = getelementptr i16, i16* %k, i64 %31
	%33 = mul i32 %23, %N
	%34 = mul i32 %33, 64
	%35 = sext i32 %34 to i64
	%36 = getelementptr i16, i16* %v, i64 %35
	%37 = udiv i32 %22, %lh
	%38 = mul i32 %37, %NQ
	%39 = add i32 %38, %20
	%40 = mul i32 %39, 2
	%41 = mul i32 %40, %NK
	%42 = mul i32 %22, %ch
	%43 = mul i32 %42, %NQ
	%44 = add i32 %43, %20
	%45 = mul i32 %44, %NK
	%46 = mul i32 %23, %NK
	%47 = mul i32 %46, 64
	%48 = sext i32 %47 to i64
	%49 = getelementptr i16, i16* %kbar, i64 %48
	%50 = mul i32 %23, %NK
	%51 = mul i32 %50, 64
	%52 = sext i32 %51 to i64
	%53 = getelementptr i16, i16* %vbar, i64 %52
	%54 = mul i32 %22, %NQ
	%55 = add i32 %54, %20
	%56 = mul i32 %55, %NK
	%57 = add i32 %41, 0
	%58 = sext i32 %57 to i64
	%59 = getelementptr i32, i32* %list, i64 %58
	%60 = load i32, i32* %59
	%61 = icmp sgt i32 %NK, 0
	%62 = icmp sge i32 %60, 0
	%63 = and i1 %61, %62
	%64 = lshr i32 %2, 3
	%65 = and i32 %2, 7
	%66 = and i32 %64, 7
	%67 = xor i32 %65, %66
	%68 = mul i32 %64, 8
	%69 = add i32 %68, %67
	%70 = shl i32 %69, 4
	%71 = add i32 %0, %70
	%72 = add i32 %24, %64
	%73 = mul i32 %72, 64
	%74 = mul i32 %65, 8
	%75 = add i32 %73, %74
	%76 = sext i32 %75 to i64
	%77 = getelementptr i16, i16* %28, i64 %76
	%78 = add i32 %72, 0
	%79 = icmp slt i32 %78, %M
	%80 = getelementptr i16, i16* %77, i64 0
	%81 = select i1 %79, i16* %80, i16* %28
	%82 = add i32 %71, 0
	%83 = select i1 %79, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %82, i16* %81, i32 %83)
	%84 = add i32 %72, 16
	%85 = icmp slt i32 %84, %M
	%86 = getelementptr i16, i16* %77, i64 1024
	%87 = select i1 %85, i16* %86, i16* %28
	%88 = add i32 %71, 2048
	%89 = select i1 %85, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %88, i16* %87, i32 %89)
	%90 = add i32 %72, 32
	%91 = icmp slt i32 %90, %M
	%92 = getelementptr i16, i16* %77, i64 2048
	%93 = select i1 %91, i16* %92, i16* %28
	%94 = add i32 %71, u0x1000
	%95 = select i1 %91, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %94, i16* %93, i32 %95)
	%96 = add i32 %72, 48
	%97 = icmp slt i32 %96, %M
	%98 = getelementptr i16, i16* %77, i64 3072
	%99 = select i1 %97, i16* %98, i16* %28
	%100 = add i32 %71, 6144
	%101 = select i1 %97, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %100, i16* %99, i32 %101)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br i1 %63, label %prologue, label %epilogue

prologue:
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%102 = and i32 %4, 7
	%103 = lshr i32 %4, 3
	%104 = and i32 %103, 1
	%105 = shl i32 %104, 3
	%106 = add i32 %102, %105
	%107 = lshr i32 %4, 4
	%108 = mul i32 %3, 16
	%109 = add i32 %106, 0
	%110 = add i32 %108, %109
	%111 = mul i32 %110, 128
	%112 = add i32 %0, %111
	%113 = and i32 %4, 7
	%114 = xor i32 %107, %113
	%115 = shl i32 %114, 4
	%116 = add i32 %112, %115
	%117 = xor i32 %116, 0
	%118 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %117)
	%119 = extractvalue { i32, i32, i32, i32 } %118, 0
	%120 = extractvalue { i32, i32, i32, i32 } %118, 1
	%121 = extractvalue { i32, i32, i32, i32 } %118, 2
	%122 = extractvalue { i32, i32, i32, i32 } %118, 3
	%123 = xor i32 %116, 32
	%124 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %123)
	%125 = extractvalue { i32, i32, i32, i32 } %124, 0
	%126 = extractvalue { i32, i32, i32, i32 } %124, 1
	%127 = extractvalue { i32, i32, i32, i32 } %124, 2
	%128 = extractvalue { i32, i32, i32, i32 } %124, 3
	%129 = xor i32 %116, 64
	%130 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %129)
	%131 = extractvalue { i32, i32, i32, i32 } %130, 0
	%132 = extractvalue { i32, i32, i32, i32 } %130, 1
	%133 = extractvalue { i32, i32, i32, i32 } %130, 2
	%134 = extractvalue { i32, i32, i32, i32 } %130, 3
	%135 = xor i32 %116, 96
	%136 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %135)
	%137 = extractvalue { i32, i32, i32, i32 } %136, 0
	%138 = extractvalue { i32, i32, i32, i32 } %136, 1
	%139 = extractvalue { i32, i32, i32, i32 } %136, 2
	%140 = extractvalue { i32, i32, i32, i32 } %136, 3
	call void @llvm.nvvm.barrier0()
	%141 = icmp sge i32 %60, %NK
	%142 = select i1 %141, i16* %49, i16* %32
	%143 = sub i32 %60, %NK
	%144 = select i1 %141, i32 %143, i32 %60
	%145 = mul i32 %144, 64
	%146 = select i1 %141, i32 %NK, i32 %N
	%147 = lshr i32 %2, 3
	%148 = and i32 %2, 7
	%149 = and i32 %147, 7
	%150 = xor i32 %148, %149
	%151 = mul i32 %147, 8
	%152 = add i32 %151, %150
	%153 = shl i32 %152, 4
	%154 = add i32 %0, %153
	%155 = add i32 %145, %147
	%156 = mul i32 %155, 64
	%157 = mul i32 %148, 8
	%158 = add i32 %156, %157
	%159 = sext i32 %158 to i64
	%160 = getelementptr i16, i16* %142, i64 %159
	%161 = add i32 %155, 0
	%162 = icmp slt i32 %161, %146
	%163 = getelementptr i16, i16* %160, i64 0
	%164 = select i1 %162, i16* %163, i16* %142
	%165 = add i32 %154, 0
	%166 = select i1 %162, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %165, i16* %164, i32 %166)
	%167 = add i32 %155, 16
	%168 = icmp slt i32 %167, %146
	%169 = getelementptr i16, i16* %160, i64 1024
	%170 = select i1 %168, i16* %169, i16* %142
	%171 = add i32 %154, 2048
	%172 = select i1 %168, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %171, i16* %170, i32 %172)
	%173 = add i32 %155, 32
	%174 = icmp slt i32 %173, %146
	%175 = getelementptr i16, i16* %160, i64 2048
	%176 = select i1 %174, i16* %175, i16* %142
	%177 = add i32 %154, u0x1000
	%178 = select i1 %174, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %177, i16* %176, i32 %178)
	%179 = add i32 %155, 48
	%180 = icmp slt i32 %179, %146
	%181 = getelementptr i16, i16* %160, i64 3072
	%182 = select i1 %180, i16* %181, i16* %142
	%183 = add i32 %154, 6144
	%184 = select i1 %180, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %183, i16* %182, i32 %184)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %loop

loop:
	%185 = phi i32 [ 0, %prologue ], [ %1606, %pv ]
	%186 = phi i32 [ %60, %prologue ], [ %1613, %pv ]
	%187 = phi float [ 0.0, %prologue ], [ %1898, %pv ]
	%188 = phi float [ 0.0, %prologue ], [ %1899, %pv ]
	%189 = phi float [ 0.0, %prologue ], [ %1900, %pv ]
	%190 = phi float [ 0.0, %prologue ], [ %1901, %pv ]
	%191 = phi float [ 0.0, %prologue ], [ %1903, %pv ]
	%192 = phi float [ 0.0, %prologue ], [ %1904, %pv ]
	%193 = phi float [ 0.0, %prologue ], [ %1905, %pv ]
	%194 = phi float [ 0.0, %prologue ], [ %1906, %pv ]
	%195 = phi float [ 0.0, %prologue ], [ %1915, %pv ]
	%196 = phi float [ 0.0, %prologue ], [ %1916, %pv ]
	%197 = phi float [ 0.0, %prologue ], [ %1917, %pv ]
	%198 = phi float [ 0.0, %prologue ], [ %1918, %pv ]
	%199 = phi float [ 0.0, %prologue ], [ %1920, %pv ]
	%200 = phi float [ 0.0, %prologue ], [ %1921, %pv ]
	%201 = phi float [ 0.0, %prologue ], [ %1922, %pv ]
	%202 = phi float [ 0.0, %prologue ], [ %1923, %pv ]
	%203 = phi float [ 0.0, %prologue ], [ %1932, %pv ]
	%204 = phi float [ 0.0, %prologue ], [ %1933, %pv ]
	%205 = phi float [ 0.0, %prologue ], [ %1934, %pv ]
	%206 = phi float [ 0.0, %prologue ], [ %1935, %pv ]
	%207 = phi float [ 0.0, %prologue ], [ %1937, %pv ]
	%208 = phi float [ 0.0, %prologue ], [ %1938, %pv ]
	%209 = phi float [ 0.0, %prologue ], [ %1939, %pv ]
	%210 = phi float [ 0.0, %prologue ], [ %1940, %pv ]
	%211 = phi float [ 0.0, %prologue ], [ %1949, %pv ]
	%212 = phi float [ 0.0, %prologue ], [ %1950, %pv ]
	%213 = phi float [ 0.0, %prologue ], [ %1951, %pv ]
	%214 = phi float [ 0.0, %prologue ], [ %1952, %pv ]
	%215 = phi float [ 0.0, %prologue ], [ %1954, %pv ]
	%216 = phi float [ 0.0, %prologue ], [ %1955, %pv ]
	%217 = phi float [ 0.0, %prologue ], [ %1956, %pv ]
	%218 = phi float [ 0.0, %prologue ], [ %1957, %pv ]
	%219 = phi float [ 0xFFF0000000000000, %prologue ], [ %1502, %pv ]
	%220 = phi float [ 0.0, %prologue ], [ %1553, %pv ]
	%221 = phi float [ 0xFFF0000000000000, %prologue ], [ %1554, %pv ]
	%222 = phi float [ 0.0, %prologue ], [ %1605, %pv ]
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	%223 = mul i32 %186, 64
	%224 = icmp sge i32 %186, %NK
	%225 = select i1 %224, i16* %53, i16* %36
	%226 = sub i32 %186, %NK
	%227 = select i1 %224, i32 %226, i32 %186
	%228 = mul i32 %227, 64
	%229 = select i1 %224, i32 %NK, i32 %N
	%230 = lshr i32 %2, 3
	%231 = and i32 %2, 7
	%232 = and i32 %230, 7
	%233 = xor i32 %231, %232
	%234 = mul i32 %230, 8
	%235 = add i32 %234, %233
	%236 = shl i32 %235, 4
	%237 = add i32 %1, %236
	%238 = add i32 %228, %230
	%239 = mul i32 %238, 64
	%240 = mul i32 %231, 8
	%241 = add i32 %239, %240
	%242 = sext i32 %241 to i64
	%243 = getelementptr i16, i16* %225, i64 %242
	%244 = add i32 %238, 0
	%245 = icmp slt i32 %244, %229
	%246 = getelementptr i16, i16* %243, i64 0
	%247 = select i1 %245, i16* %246, i16* %225
	%248 = add i32 %237, 0
	%249 = select i1 %245, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %248, i16* %247, i32 %249)
	%250 = add i32 %238, 16
	%251 = icmp slt i32 %250, %229
	%252 = getelementptr i16, i16* %243, i64 1024
	%253 = select i1 %251, i16* %252, i16* %225
	%254 = add i32 %237, 2048
	%255 = select i1 %251, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %254, i16* %253, i32 %255)
	%256 = add i32 %238, 32
	%257 = icmp slt i32 %256, %229
	%258 = getelementptr i16, i16* %243, i64 2048
	%259 = select i1 %257, i16* %258, i16* %225
	%260 = add i32 %237, u0x1000
	%261 = select i1 %257, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %260, i16* %259, i32 %261)
	%262 = add i32 %238, 48
	%263 = icmp slt i32 %262, %229
	%264 = getelementptr i16, i16* %243, i64 3072
	%265 = select i1 %263, i16* %264, i16* %225
	%266 = add i32 %237, 6144
	%267 = select i1 %263, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %266, i16* %265, i32 %267)
	call void asm sideeffect "cp.async.commit_group;", ""()
	%268 = and i32 %4, 7
	%269 = shl i32 %107, 3
	%270 = add i32 %268, %269
	%271 = lshr i32 %4, 3
	%272 = and i32 %271, 1
	%273 = mul i32 %270, 128
	%274 = add i32 %0, %273
	%275 = and i32 %4, 7
	%276 = xor i32 %272, %275
	%277 = shl i32 %276, 4
	%278 = add i32 %274, %277
	%279 = xor i32 %278, 0
	%280 = add i32 %279, 0
	%281 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %280)
	%282 = extractvalue { i32, i32, i32, i32 } %281, 0
	%283 = extractvalue { i32, i32, i32, i32 } %281, 1
	%284 = extractvalue { i32, i32, i32, i32 } %281, 2
	%285 = extractvalue { i32, i32, i32, i32 } %281, 3
	%286 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %282, i32 %283, float 0.0, float 0.0, float 0.0, float 0.0)
	%287 = extractvalue { float, float, float, float } %286, 0
	%288 = extractvalue { float, float, float, float } %286, 1
	%289 = extractvalue { float, float, float, float } %286, 2
	%290 = extractvalue { float, float, float, float } %286, 3
	%291 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %284, i32 %285, float 0.0, float 0.0, float 0.0, float 0.0)
	%292 = extractvalue { float, float, float, float } %291, 0
	%293 = extractvalue { float, float, float, float } %291, 1
	%294 = extractvalue { float, float, float, float } %291, 2
	%295 = extractvalue { float, float, float, float } %291, 3
	%296 = add i32 %279, 2048
	%297 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %296)
	%298 = extractvalue { i32, i32, i32, i32 } %297, 0
	%299 = extractvalue { i32, i32, i32, i32 } %297, 1
	%300 = extractvalue { i32, i32, i32, i32 } %297, 2
	%301 = extractvalue { i32, i32, i32, i32 } %297, 3
	%302 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %298, i32 %299, float 0.0, float 0.0, float 0.0, float 0.0)
	%303 = extractvalue { float, float, float, float } %302, 0
	%304 = extractvalue { float, float, float, float } %302, 1
	%305 = extractvalue { float, float, float, float } %302, 2
	%306 = extractvalue { float, float, float, float } %302, 3
	%307 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %300, i32 %301, float 0.0, float 0.0, float 0.0, float 0.0)
	%308 = extractvalue { float, float, float, float } %307, 0
	%309 = extractvalue { float, float, float, float } %307, 1
	%310 = extractvalue { float, float, float, float } %307, 2
	%311 = extractvalue { float, float, float, float } %307, 3
	%312 = add i32 %279, u0x1000
	%313 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %312)
	%314 = extractvalue { i32, i32, i32, i32 } %313, 0
	%315 = extractvalue { i32, i32, i32, i32 } %313, 1
	%316 = extractvalue { i32, i32, i32, i32 } %313, 2
	%317 = extractvalue { i32, i32, i32, i32 } %313, 3
	%318 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %314, i32 %315, float 0.0, float 0.0, float 0.0, float 0.0)
	%319 = extractvalue { float, float, float, float } %318, 0
	%320 = extractvalue { float, float, float, float } %318, 1
	%321 = extractvalue { float, float, float, float } %318, 2
	%322 = extractvalue { float, float, float, float } %318, 3
	%323 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %316, i32 %317, float 0.0, float 0.0, float 0.0, float 0.0)
	%324 = extractvalue { float, float, float, float } %323, 0
	%325 = extractvalue { float, float, float, float } %323, 1
	%326 = extractvalue { float, float, float, float } %323, 2
	%327 = extractvalue { float, float, float, float } %323, 3
	%328 = add i32 %279, 6144
	%329 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %328)
	%330 = extractvalue { i32, i32, i32, i32 } %329, 0
	%331 = extractvalue { i32, i32, i32, i32 } %329, 1
	%332 = extractvalue { i32, i32, i32, i32 } %329, 2
	%333 = extractvalue { i32, i32, i32, i32 } %329, 3
	%334 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %330, i32 %331, float 0.0, float 0.0, float 0.0, float 0.0)
	%335 = extractvalue { float, float, float, float } %334, 0
	%336 = extractvalue { float, float, float, float } %334, 1
	%337 = extractvalue { float, float, float, float } %334, 2
	%338 = extractvalue { float, float, float, float } %334, 3
	%339 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %119, i32 %120, i32 %121, i32 %122, i32 %332, i32 %333, float 0.0, float 0.0, float 0.0, float 0.0)
	%340 = extractvalue { float, float, float, float } %339, 0
	%341 = extractvalue { float, float, float, float } %339, 1
	%342 = extractvalue { float, float, float, float } %339, 2
	%343 = extractvalue { float, float, float, float } %339, 3
	%344 = xor i32 %278, 32
	%345 = add i32 %344, 0
	%346 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %345)
	%347 = extractvalue { i32, i32, i32, i32 } %346, 0
	%348 = extractvalue { i32, i32, i32, i32 } %346, 1
	%349 = extractvalue { i32, i32, i32, i32 } %346, 2
	%350 = extractvalue { i32, i32, i32, i32 } %346, 3
	%351 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %347, i32 %348, float %287, float %288, float %289, float %290)
	%352 = extractvalue { float, float, float, float } %351, 0
	%353 = extractvalue { float, float, float, float } %351, 1
	%354 = extractvalue { float, float, float, float } %351, 2
	%355 = extractvalue { float, float, float, float } %351, 3
	%356 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %349, i32 %350, float %292, float %293, float %294, float %295)
	%357 = extractvalue { float, float, float, float } %356, 0
	%358 = extractvalue { float, float, float, float } %356, 1
	%359 = extractvalue { float, float, float, float } %356, 2
	%360 = extractvalue { float, float, float, float } %356, 3
	%361 = add i32 %344, 2048
	%362 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %361)
	%363 = extractvalue { i32, i32, i32, i32 } %362, 0
	%364 = extractvalue { i32, i32, i32, i32 } %362, 1
	%365 = extractvalue { i32, i32, i32, i32 } %362, 2
	%366 = extractvalue { i32, i32, i32, i32 } %362, 3
	%367 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %363, i32 %364, float %303, float %304, float %305, float %306)
	%368 = extractvalue { float, float, float, float } %367, 0
	%369 = extractvalue { float, float, float, float } %367, 1
	%370 = extractvalue { float, float, float, float } %367, 2
	%371 = extractvalue { float, float, float, float } %367, 3
	%372 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %365, i32 %366, float %308, float %309, float %310, float %311)
	%373 = extractvalue { float, float, float, float } %372, 0
	%374 = extractvalue { float, float, float, float } %372, 1
	%375 = extractvalue { float, float, float, float } %372, 2
	%376 = extractvalue { float, float, float, float } %372, 3
	%377 = add i32 %344, u0x1000
	%378 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %377)
	%379 = extractvalue { i32, i32, i32, i32 } %378, 0
	%380 = extractvalue { i32, i32, i32, i32 } %378, 1
	%381 = extractvalue { i32, i32, i32, i32 } %378, 2
	%382 = extractvalue { i32, i32, i32, i32 } %378, 3
	%383 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %379, i32 %380, float %319, float %320, float %321, float %322)
	%384 = extractvalue { float, float, float, float } %383, 0
	%385 = extractvalue { float, float, float, float } %383, 1
	%386 = extractvalue { float, float, float, float } %383, 2
	%387 = extractvalue { float, float, float, float } %383, 3
	%388 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %381, i32 %382, float %324, float %325, float %326, float %327)
	%389 = extractvalue { float, float, float, float } %388, 0
	%390 = extractvalue { float, float, float, float } %388, 1
	%391 = extractvalue { float, float, float, float } %388, 2
	%392 = extractvalue { float, float, float, float } %388, 3
	%393 = add i32 %344, 6144
	%394 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %393)
	%395 = extractvalue { i32, i32, i32, i32 } %394, 0
	%396 = extractvalue { i32, i32, i32, i32 } %394, 1
	%397 = extractvalue { i32, i32, i32, i32 } %394, 2
	%398 = extractvalue { i32, i32, i32, i32 } %394, 3
	%399 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %395, i32 %396, float %335, float %336, float %337, float %338)
	%400 = extractvalue { float, float, float, float } %399, 0
	%401 = extractvalue { float, float, float, float } %399, 1
	%402 = extractvalue { float, float, float, float } %399, 2
	%403 = extractvalue { float, float, float, float } %399, 3
	%404 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %125, i32 %126, i32 %127, i32 %128, i32 %397, i32 %398, float %340, float %341, float %342, float %343)
	%405 = extractvalue { float, float, float, float } %404, 0
	%406 = extractvalue { float, float, float, float } %404, 1
	%407 = extractvalue { float, float, float, float } %404, 2
	%408 = extractvalue { float, float, float, float } %404, 3
	%409 = xor i32 %278, 64
	%410 = add i32 %409, 0
	%411 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %410)
	%412 = extractvalue { i32, i32, i32, i32 } %411, 0
	%413 = extractvalue { i32, i32, i32, i32 } %411, 1
	%414 = extractvalue { i32, i32, i32, i32 } %411, 2
	%415 = extractvalue { i32, i32, i32, i32 } %411, 3
	%416 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %412, i32 %413, float %352, float %353, float %354, float %355)
	%417 = extractvalue { float, float, float, float } %416, 0
	%418 = extractvalue { float, float, float, float } %416, 1
	%419 = extractvalue { float, float, float, float } %416, 2
	%420 = extractvalue { float, float, float, float } %416, 3
	%421 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %414, i32 %415, float %357, float %358, float %359, float %360)
	%422 = extractvalue { float, float, float, float } %421, 0
	%423 = extractvalue { float, float, float, float } %421, 1
	%424 = extractvalue { float, float, float, float } %421, 2
	%425 = extractvalue { float, float, float, float } %421, 3
	%426 = add i32 %409, 2048
	%427 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %426)
	%428 = extractvalue { i32, i32, i32, i32 } %427, 0
	%429 = extractvalue { i32, i32, i32, i32 } %427, 1
	%430 = extractvalue { i32, i32, i32, i32 } %427, 2
	%431 = extractvalue { i32, i32, i32, i32 } %427, 3
	%432 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %428, i32 %429, float %368, float %369, float %370, float %371)
	%433 = extractvalue { float, float, float, float } %432, 0
	%434 = extractvalue { float, float, float, float } %432, 1
	%435 = extractvalue { float, float, float, float } %432, 2
	%436 = extractvalue { float, float, float, float } %432, 3
	%437 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %430, i32 %431, float %373, float %374, float %375, float %376)
	%438 = extractvalue { float, float, float, float } %437, 0
	%439 = extractvalue { float, float, float, float } %437, 1
	%440 = extractvalue { float, float, float, float } %437, 2
	%441 = extractvalue { float, float, float, float } %437, 3
	%442 = add i32 %409, u0x1000
	%443 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %442)
	%444 = extractvalue { i32, i32, i32, i32 } %443, 0
	%445 = extractvalue { i32, i32, i32, i32 } %443, 1
	%446 = extractvalue { i32, i32, i32, i32 } %443, 2
	%447 = extractvalue { i32, i32, i32, i32 } %443, 3
	%448 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %444, i32 %445, float %384, float %385, float %386, float %387)
	%449 = extractvalue { float, float, float, float } %448, 0
	%450 = extractvalue { float, float, float, float } %448, 1
	%451 = extractvalue { float, float, float, float } %448, 2
	%452 = extractvalue { float, float, float, float } %448, 3
	%453 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %446, i32 %447, float %389, float %390, float %391, float %392)
	%454 = extractvalue { float, float, float, float } %453, 0
	%455 = extractvalue { float, float, float, float } %453, 1
	%456 = extractvalue { float, float, float, float } %453, 2
	%457 = extractvalue { float, float, float, float } %453, 3
	%458 = add i32 %409, 6144
	%459 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %458)
	%460 = extractvalue { i32, i32, i32, i32 } %459, 0
	%461 = extractvalue { i32, i32, i32, i32 } %459, 1
	%462 = extractvalue { i32, i32, i32, i32 } %459, 2
	%463 = extractvalue { i32, i32, i32, i32 } %459, 3
	%464 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %460, i32 %461, float %400, float %401, float %402, float %403)
	%465 = extractvalue { float, float, float, float } %464, 0
	%466 = extractvalue { float, float, float, float } %464, 1
	%467 = extractvalue { float, float, float, float } %464, 2
	%468 = extractvalue { float, float, float, float } %464, 3
	%469 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %131, i32 %132, i32 %133, i32 %134, i32 %462, i32 %463, float %405, float %406, float %407, float %408)
	%470 = extractvalue { float, float, float, float } %469, 0
	%471 = extractvalue { float, float, float, float } %469, 1
	%472 = extractvalue { float, float, float, float } %469, 2
	%473 = extractvalue { float, float, float, float } %469, 3
	%474 = xor i32 %278, 96
	%475 = add i32 %474, 0
	%476 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %475)
	%477 = extractvalue { i32, i32, i32, i32 } %476, 0
	%478 = extractvalue { i32, i32, i32, i32 } %476, 1
	%479 = extractvalue { i32, i32, i32, i32 } %476, 2
	%480 = extractvalue { i32, i32, i32, i32 } %476, 3
	%481 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %477, i32 %478, float %417, float %418, float %419, float %420)
	%482 = extractvalue { float, float, float, float } %481, 0
	%483 = extractvalue { float, float, float, float } %481, 1
	%484 = extractvalue { float, float, float, float } %481, 2
	%485 = extractvalue { float, float, float, float } %481, 3
	%486 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %479, i32 %480, float %422, float %423, float %424, float %425)
	%487 = extractvalue { float, float, float, float } %486, 0
	%488 = extractvalue { float, float, float, float } %486, 1
	%489 = extractvalue { float, float, float, float } %486, 2
	%490 = extractvalue { float, float, float, float } %486, 3
	%491 = add i32 %474, 2048
	%492 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %491)
	%493 = extractvalue { i32, i32, i32, i32 } %492, 0
	%494 = extractvalue { i32, i32, i32, i32 } %492, 1
	%495 = extractvalue { i32, i32, i32, i32 } %492, 2
	%496 = extractvalue { i32, i32, i32, i32 } %492, 3
	%497 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %493, i32 %494, float %433, float %434, float %435, float %436)
	%498 = extractvalue { float, float, float, float } %497, 0
	%499 = extractvalue { float, float, float, float } %497, 1
	%500 = extractvalue { float, float, float, float } %497, 2
	%501 = extractvalue { float, float, float, float } %497, 3
	%502 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %495, i32 %496, float %438, float %439, float %440, float %441)
	%503 = extractvalue { float, float, float, float } %502, 0
	%504 = extractvalue { float, float, float, float } %502, 1
	%505 = extractvalue { float, float, float, float } %502, 2
	%506 = extractvalue { float, float, float, float } %502, 3
	%507 = add i32 %474, u0x1000
	%508 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %507)
	%509 = extractvalue { i32, i32, i32, i32 } %508, 0
	%510 = extractvalue { i32, i32, i32, i32 } %508, 1
	%511 = extractvalue { i32, i32, i32, i32 } %508, 2
	%512 = extractvalue { i32, i32, i32, i32 } %508, 3
	%513 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %509, i32 %510, float %449, float %450, float %451, float %452)
	%514 = extractvalue { float, float, float, float } %513, 0
	%515 = extractvalue { float, float, float, float } %513, 1
	%516 = extractvalue { float, float, float, float } %513, 2
	%517 = extractvalue { float, float, float, float } %513, 3
	%518 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %511, i32 %512, float %454, float %455, float %456, float %457)
	%519 = extractvalue { float, float, float, float } %518, 0
	%520 = extractvalue { float, float, float, float } %518, 1
	%521 = extractvalue { float, float, float, float } %518, 2
	%522 = extractvalue { float, float, float, float } %518, 3
	%523 = add i32 %474, 6144
	%524 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %523)
	%525 = extractvalue { i32, i32, i32, i32 } %524, 0
	%526 = extractvalue { i32, i32, i32, i32 } %524, 1
	%527 = extractvalue { i32, i32, i32, i32 } %524, 2
	%528 = extractvalue { i32, i32, i32, i32 } %524, 3
	%529 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %525, i32 %526, float %465, float %466, float %467, float %468)
	%530 = extractvalue { float, float, float, float } %529, 0
	%531 = extractvalue { float, float, float, float } %529, 1
	%532 = extractvalue { float, float, float, float } %529, 2
	%533 = extractvalue { float, float, float, float } %529, 3
	%534 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %137, i32 %138, i32 %139, i32 %140, i32 %527, i32 %528, float %470, float %471, float %472, float %473)
	%535 = extractvalue { float, float, float, float } %534, 0
	%536 = extractvalue { float, float, float, float } %534, 1
	%537 = extractvalue { float, float, float, float } %534, 2
	%538 = extractvalue { float, float, float, float } %534, 3
	%539 = mul i32 %3, 16
	%540 = add i32 %24, %539
	%541 = add i32 %5, 0
	%542 = add i32 %540, %541
	%543 = mul i32 %3, 16
	%544 = add i32 %24, %543
	%545 = add i32 %5, 8
	%546 = add i32 %544, %545
	%547 = sitofp i32 %22 to float
	%548 = icmp sge i32 %186, %NK
	br i1 %548, label %meankeys, label %classify

epilogue:
	%549 = phi float [ 0.0, %entry ], [ %1553, %pv ]
	%550 = phi float [ 0.0, %entry ], [ %1605, %pv ]
	%551 = phi i32 [ 0, %entry ], [ %1606, %pv ]
	%552 = phi float [ 0.0, %entry ], [ %1898, %pv ]
	%553 = phi float [ 0.0, %entry ], [ %1899, %pv ]
	%554 = phi float [ 0.0, %entry ], [ %1900, %pv ]
	%555 = phi float [ 0.0, %entry ], [ %1901, %pv ]
	%556 = phi float [ 0.0, %entry ], [ %1903, %pv ]
	%557 = phi float [ 0.0, %entry ], [ %1904, %pv ]
	%558 = phi float [ 0.0, %entry ], [ %1905, %pv ]
	%559 = phi float [ 0.0, %entry ], [ %1906, %pv ]
	%560 = phi float [ 0.0, %entry ], [ %1915, %pv ]
	%561 = phi float [ 0.0, %entry ], [ %1916, %pv ]
	%562 = phi float [ 0.0, %entry ], [ %1917, %pv ]
	%563 = phi float [ 0.0, %entry ], [ %1918, %pv ]
	%564 = phi float [ 0.0, %entry ], [ %1920, %pv ]
	%565 = phi float [ 0.0, %entry ], [ %1921, %pv ]
	%566 = phi float [ 0.0, %entry ], [ %1922, %pv ]
	%567 = phi float [ 0.0, %entry ], [ %1923, %pv ]
	%568 = phi float [ 0.0, %entry ], [ %1932, %pv ]
	%569 = phi float [ 0.0, %entry ], [ %1933, %pv ]
	%570 = phi float [ 0.0, %entry ], [ %1934, %pv ]
	%571 = phi float [ 0.0, %entry ], [ %1935, %pv ]
	%572 = phi float [ 0.0, %entry ], [ %1937, %pv ]
	%573 = phi float [ 0.0, %entry ], [ %1938, %pv ]
	%574 = phi float [ 0.0, %entry ], [ %1939, %pv ]
	%575 = phi float [ 0.0, %entry ], [ %1940, %pv ]
	%576 = phi float [ 0.0, %entry ], [ %1949, %pv ]
	%577 = phi float [ 0.0, %entry ], [ %1950, %pv ]
	%578 = phi float [ 0.0, %entry ], [ %1951, %pv ]
	%579 = phi float [ 0.0, %entry ], [ %1952, %pv ]
	%580 = phi float [ 0.0, %entry ], [ %1954, %pv ]
	%581 = phi float [ 0.0, %entry ], [ %1955, %pv ]
	%582 = phi float [ 0.0, %entry ], [ %1956, %pv ]
	%583 = phi float [ 0.0, %entry ], [ %1957, %pv ]
	%584 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %549, i32 1, i32 31)
	%585 = fadd float %549, %584
	%586 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %585, i32 2, i32 31)
	%587 = fadd float %585, %586
	%588 = fcmp ogt float %587, 0.0
	%589 = fdiv float 1.0, %587
	%590 = select i1 %588, float %589, float 0.0
	%591 = mul i32 %3, 16
	%592 = add i32 %24, %591
	%593 = add i32 %5, 0
	%594 = add i32 %592, %593
	%595 = fmul float %552, %590
	%596 = fmul float %553, %590
	%597 = fmul float %556, %590
	%598 = fmul float %557, %590
	%599 = fmul float %560, %590
	%600 = fmul float %561, %590
	%601 = fmul float %564, %590
	%602 = fmul float %565, %590
	%603 = fmul float %568, %590
	%604 = fmul float %569, %590
	%605 = fmul float %572, %590
	%606 = fmul float %573, %590
	%607 = fmul float %576, %590
	%608 = fmul float %577, %590
	%609 = fmul float %580, %590
	%610 = fmul float %581, %590
	%611 = icmp slt i32 %594, %M
	br i1 %611, label %store0, label %stored0

meankeys:
	%612 = sub i32 %NK, 1
	%613 = mul i32 %612, 64
	%614 = sub i32 %N, %613
	%615 = sitofp i32 %614 to float
	%616 = call float @llvm.nvvm.lg2.approx.ftz.f(float %615)
	%617 = fmul float %616, 0x40162E4300000000
	%618 = shl i32 %6, 1
	%619 = add i32 0, %618
	%620 = add i32 %223, %619
	%621 = mul i32 %NK, 64
	%622 = sub i32 %620, %621
	%623 = icmp ult i32 %622, %NK
	%624 = select i1 %623, i32 %622, i32 0
	%625 = add i32 %56, %624
	%626 = sext i32 %625 to i64
	%627 = getelementptr i8, i8* %comp, i64 %626
	%628 = load i8, i8* %627
	%629 = icmp ne i8 %628, 0
	%630 = and i1 %623, %629
	%631 = fmul float 6.0, 0x40162E4300000000
	%632 = add i32 %622, 1
	%633 = icmp eq i32 %632, %NK
	%634 = select i1 %633, float %617, float %631
	%635 = fadd float %482, %634
	%636 = select i1 %630, float %635, float 0xFFF0000000000000
	%637 = shl i32 %6, 1
	%638 = add i32 1, %637
	%639 = add i32 %223, %638
	%640 = mul i32 %NK, 64
	%641 = sub i32 %639, %640
	%642 = icmp ult i32 %641, %NK
	%643 = select i1 %642, i32 %641, i32 0
	%644 = add i32 %56, %643
	%645 = sext i32 %644 to i64
	%646 = getelementptr i8, i8* %comp, i64 %645
	%647 = load i8, i8* %646
	%648 = icmp ne i8 %647, 0
	%649 = and i1 %642, %648
	%650 = fmul float 6.0, 0x40162E4300000000
	%651 = add i32 %641, 1
	%652 = icmp eq i32 %651, %NK
	%653 = select i1 %652, float %617, float %650
	%654 = fadd float %483, %653
	%655 = select i1 %649, float %654, float 0xFFF0000000000000
	%656 = fadd float %484, %634
	%657 = select i1 %630, float %656, float 0xFFF0000000000000
	%658 = fadd float %485, %653
	%659 = select i1 %649, float %658, float 0xFFF0000000000000
	%660 = shl i32 %6, 1
	%661 = add i32 8, %660
	%662 = add i32 %223, %661
	%663 = mul i32 %NK, 64
	%664 = sub i32 %662, %663
	%665 = icmp ult i32 %664, %NK
	%666 = select i1 %665, i32 %664, i32 0
	%667 = add i32 %56, %666
	%668 = sext i32 %667 to i64
	%669 = getelementptr i8, i8* %comp, i64 %668
	%670 = load i8, i8* %669
	%671 = icmp ne i8 %670, 0
	%672 = and i1 %665, %671
	%673 = fmul float 6.0, 0x40162E4300000000
	%674 = add i32 %664, 1
	%675 = icmp eq i32 %674, %NK
	%676 = select i1 %675, float %617, float %673
	%677 = fadd float %487, %676
	%678 = select i1 %672, float %677, float 0xFFF0000000000000
	%679 = shl i32 %6, 1
	%680 = add i32 9, %679
	%681 = add i32 %223, %680
	%682 = mul i32 %NK, 64
	%683 = sub i32 %681, %682
	%684 = icmp ult i32 %683, %NK
	%685 = select i1 %684, i32 %683, i32 0
	%686 = add i32 %56, %685
	%687 = sext i32 %686 to i64
	%688 = getelementptr i8, i8* %comp, i64 %687
	%689 = load i8, i8* %688
	%690 = icmp ne i8 %689, 0
	%691 = and i1 %684, %690
	%692 = fmul float 6.0, 0x40162E4300000000
	%693 = add i32 %683, 1
	%694 = icmp eq i32 %693, %NK
	%695 = select i1 %694, float %617, float %692
	%696 = fadd float %488, %695
	%697 = select i1 %691, float %696, float 0xFFF0000000000000
	%698 = fadd float %489, %676
	%699 = select i1 %672, float %698, float 0xFFF0000000000000
	%700 = fadd float %490, %695
	%701 = select i1 %691, float %700, float 0xFFF0000000000000
	%702 = shl i32 %6, 1
	%703 = add i32 16, %702
	%704 = add i32 %223, %703
	%705 = mul i32 %NK, 64
	%706 = sub i32 %704, %705
	%707 = icmp ult i32 %706, %NK
	%708 = select i1 %707, i32 %706, i32 0
	%709 = add i32 %56, %708
	%710 = sext i32 %709 to i64
	%711 = getelementptr i8, i8* %comp, i64 %710
	%712 = load i8, i8* %711
	%713 = icmp ne i8 %712, 0
	%714 = and i1 %707, %713
	%715 = fmul float 6.0, 0x40162E4300000000
	%716 = add i32 %706, 1
	%717 = icmp eq i32 %716, %NK
	%718 = select i1 %717, float %617, float %715
	%719 = fadd float %498, %718
	%720 = select i1 %714, float %719, float 0xFFF0000000000000
	%721 = shl i32 %6, 1
	%722 = add i32 17, %721
	%723 = add i32 %223, %722
	%724 = mul i32 %NK, 64
	%725 = sub i32 %723, %724
	%726 = icmp ult i32 %725, %NK
	%727 = select i1 %726, i32 %725, i32 0
	%728 = add i32 %56, %727
	%729 = sext i32 %728 to i64
	%730 = getelementptr i8, i8* %comp, i64 %729
	%731 = load i8, i8* %730
	%732 = icmp ne i8 %731, 0
	%733 = and i1 %726, %732
	%734 = fmul float 6.0, 0x40162E4300000000
	%735 = add i32 %725, 1
	%736 = icmp eq i32 %735, %NK
	%737 = select i1 %736, float %617, float %734
	%738 = fadd float %499, %737
	%739 = select i1 %733, float %738, float 0xFFF0000000000000
	%740 = fadd float %500, %718
	%741 = select i1 %714, float %740, float 0xFFF0000000000000
	%742 = fadd float %501, %737
	%743 = select i1 %733, float %742, float 0xFFF0000000000000
	%744 = shl i32 %6, 1
	%745 = add i32 24, %744
	%746 = add i32 %223, %745
	%747 = mul i32 %NK, 64
	%748 = sub i32 %746, %747
	%749 = icmp ult i32 %748, %NK
	%750 = select i1 %749, i32 %748, i32 0
	%751 = add i32 %56, %750
	%752 = sext i32 %751 to i64
	%753 = getelementptr i8, i8* %comp, i64 %752
	%754 = load i8, i8* %753
	%755 = icmp ne i8 %754, 0
	%756 = and i1 %749, %755
	%757 = fmul float 6.0, 0x40162E4300000000
	%758 = add i32 %748, 1
	%759 = icmp eq i32 %758, %NK
	%760 = select i1 %759, float %617, float %757
	%761 = fadd float %503, %760
	%762 = select i1 %756, float %761, float 0xFFF0000000000000
	%763 = shl i32 %6, 1
	%764 = add i32 25, %763
	%765 = add i32 %223, %764
	%766 = mul i32 %NK, 64
	%767 = sub i32 %765, %766
	%768 = icmp ult i32 %767, %NK
	%769 = select i1 %768, i32 %767, i32 0
	%770 = add i32 %56, %769
	%771 = sext i32 %770 to i64
	%772 = getelementptr i8, i8* %comp, i64 %771
	%773 = load i8, i8* %772
	%774 = icmp ne i8 %773, 0
	%775 = and i1 %768, %774
	%776 = fmul float 6.0, 0x40162E4300000000
	%777 = add i32 %767, 1
	%778 = icmp eq i32 %777, %NK
	%779 = select i1 %778, float %617, float %776
	%780 = fadd float %504, %779
	%781 = select i1 %775, float %780, float 0xFFF0000000000000
	%782 = fadd float %505, %760
	%783 = select i1 %756, float %782, float 0xFFF0000000000000
	%784 = fadd float %506, %779
	%785 = select i1 %775, float %784, float 0xFFF0000000000000
	%786 = shl i32 %6, 1
	%787 = add i32 32, %786
	%788 = add i32 %223, %787
	%789 = mul i32 %NK, 64
	%790 = sub i32 %788, %789
	%791 = icmp ult i32 %790, %NK
	%792 = select i1 %791, i32 %790, i32 0
	%793 = add i32 %56, %792
	%794 = sext i32 %793 to i64
	%795 = getelementptr i8, i8* %comp, i64 %794
	%796 = load i8, i8* %795
	%797 = icmp ne i8 %796, 0
	%798 = and i1 %791, %797
	%799 = fmul float 6.0, 0x40162E4300000000
	%800 = add i32 %790, 1
	%801 = icmp eq i32 %800, %NK
	%802 = select i1 %801, float %617, float %799
	%803 = fadd float %514, %802
	%804 = select i1 %798, float %803, float 0xFFF0000000000000
	%805 = shl i32 %6, 1
	%806 = add i32 33, %805
	%807 = add i32 %223, %806
	%808 = mul i32 %NK, 64
	%809 = sub i32 %807, %808
	%810 = icmp ult i32 %809, %NK
	%811 = select i1 %810, i32 %809, i32 0
	%812 = add i32 %56, %811
	%813 = sext i32 %812 to i64
	%814 = getelementptr i8, i8* %comp, i64 %813
	%815 = load i8, i8* %814
	%816 = icmp ne i8 %815, 0
	%817 = and i1 %810, %816
	%818 = fmul float 6.0, 0x40162E4300000000
	%819 = add i32 %809, 1
	%820 = icmp eq i32 %819, %NK
	%821 = select i1 %820, float %617, float %818
	%822 = fadd float %515, %821
	%823 = select i1 %817, float %822, float 0xFFF0000000000000
	%824 = fadd float %516, %802
	%825 = select i1 %798, float %824, float 0xFFF0000000000000
	%826 = fadd float %517, %821
	%827 = select i1 %817, float %826, float 0xFFF0000000000000
	%828 = shl i32 %6, 1
	%829 = add i32 40, %828
	%830 = add i32 %223, %829
	%831 = mul i32 %NK, 64
	%832 = sub i32 %830, %831
	%833 = icmp ult i32 %832, %NK
	%834 = select i1 %833, i32 %832, i32 0
	%835 = add i32 %56, %834
	%836 = sext i32 %835 to i64
	%837 = getelementptr i8, i8* %comp, i64 %836
	%838 = load i8, i8* %837
	%839 = icmp ne i8 %838, 0
	%840 = and i1 %833, %839
	%841 = fmul float 6.0, 0x40162E4300000000
	%842 = add i32 %832, 1
	%843 = icmp eq i32 %842, %NK
	%844 = select i1 %843, float %617, float %841
	%845 = fadd float %519, %844
	%846 = select i1 %840, float %845, float 0xFFF0000000000000
	%847 = shl i32 %6, 1
	%848 = add i32 41, %847
	%849 = add i32 %223, %848
	%850 = mul i32 %NK, 64
	%851 = sub i32 %849, %850
	%852 = icmp ult i32 %851, %NK
	%853 = select i1 %852, i32 %851, i32 0
	%854 = add i32 %56, %853
	%855 = sext i32 %854 to i64
	%856 = getelementptr i8, i8* %comp, i64 %855
	%857 = load i8, i8* %856
	%858 = icmp ne i8 %857, 0
	%859 = and i1 %852, %858
	%860 = fmul float 6.0, 0x40162E4300000000
	%861 = add i32 %851, 1
	%862 = icmp eq i32 %861, %NK
	%863 = select i1 %862, float %617, float %860
	%864 = fadd float %520, %863
	%865 = select i1 %859, float %864, float 0xFFF0000000000000
	%866 = fadd float %521, %844
	%867 = select i1 %840, float %866, float 0xFFF0000000000000
	%868 = fadd float %522, %863
	%869 = select i1 %859, float %868, float 0xFFF0000000000000
	%870 = shl i32 %6, 1
	%871 = add i32 48, %870
	%872 = add i32 %223, %871
	%873 = mul i32 %NK, 64
	%874 = sub i32 %872, %873
	%875 = icmp ult i32 %874, %NK
	%876 = select i1 %875, i32 %874, i32 0
	%877 = add i32 %56, %876
	%878 = sext i32 %877 to i64
	%879 = getelementptr i8, i8* %comp, i64 %878
	%880 = load i8, i8* %879
	%881 = icmp ne i8 %880, 0
	%882 = and i1 %875, %881
	%883 = fmul float 6.0, 0x40162E4300000000
	%884 = add i32 %874, 1
	%885 = icmp eq i32 %884, %NK
	%886 = select i1 %885, float %617, float %883
	%887 = fadd float %530, %886
	%888 = select i1 %882, float %887, float 0xFFF0000000000000
	%889 = shl i32 %6, 1
	%890 = add i32 49, %889
	%891 = add i32 %223, %890
	%892 = mul i32 %NK, 64
	%893 = sub i32 %891, %892
	%894 = icmp ult i32 %893, %NK
	%895 = select i1 %894, i32 %893, i32 0
	%896 = add i32 %56, %895
	%897 = sext i32 %896 to i64
	%898 = getelementptr i8, i8* %comp, i64 %897
	%899 = load i8, i8* %898
	%900 = icmp ne i8 %899, 0
	%901 = and i1 %894, %900
	%902 = fmul float 6.0, 0x40162E4300000000
	%903 = add i32 %893, 1
	%904 = icmp eq i32 %903, %NK
	%905 = select i1 %904, float %617, float %902
	%906 = fadd float %531, %905
	%907 = select i1 %901, float %906, float 0xFFF0000000000000
	%908 = fadd float %532, %886
	%909 = select i1 %882, float %908, float 0xFFF0000000000000
	%910 = fadd float %533, %905
	%911 = select i1 %901, float %910, float 0xFFF0000000000000
	%912 = shl i32 %6, 1
	%913 = add i32 56, %912
	%914 = add i32 %223, %913
	%915 = mul i32 %NK, 64
	%916 = sub i32 %914, %915
	%917 = icmp ult i32 %916, %NK
	%918 = select i1 %917, i32 %916, i32 0
	%919 = add i32 %56, %918
	%920 = sext i32 %919 to i64
	%921 = getelementptr i8, i8* %comp, i64 %920
	%922 = load i8, i8* %921
	%923 = icmp ne i8 %922, 0
	%924 = and i1 %917, %923
	%925 = fmul float 6.0, 0x40162E4300000000
	%926 = add i32 %916, 1
	%927 = icmp eq i32 %926, %NK
	%928 = select i1 %927, float %617, float %925
	%929 = fadd float %535, %928
	%930 = select i1 %924, float %929, float 0xFFF0000000000000
	%931 = shl i32 %6, 1
	%932 = add i32 57, %931
	%933 = add i32 %223, %932
	%934 = mul i32 %NK, 64
	%935 = sub i32 %933, %934
	%936 = icmp ult i32 %935, %NK
	%937 = select i1 %936, i32 %935, i32 0
	%938 = add i32 %56, %937
	%939 = sext i32 %938 to i64
	%940 = getelementptr i8, i8* %comp, i64 %939
	%941 = load i8, i8* %940
	%942 = icmp ne i8 %941, 0
	%943 = and i1 %936, %942
	%944 = fmul float 6.0, 0x40162E4300000000
	%945 = add i32 %935, 1
	%946 = icmp eq i32 %945, %NK
	%947 = select i1 %946, float %617, float %944
	%948 = fadd float %536, %947
	%949 = select i1 %943, float %948, float 0xFFF0000000000000
	%950 = fadd float %537, %928
	%951 = select i1 %924, float %950, float 0xFFF0000000000000
	%952 = fadd float %538, %947
	%953 = select i1 %943, float %952, float 0xFFF0000000000000
	br label %softmax

classify:
	%954 = add i32 %45, %186
	%955 = sext i32 %954 to i64
	%956 = getelementptr i8, i8* %cls, i64 %955
	%957 = load i8, i8* %956
	%958 = icmp ne i8 %957, 2
	br i1 %958, label %partial, label %softmax

partial:
	%959 = shl i32 %6, 1
	%960 = add i32 0, %959
	%961 = add i32 %223, %960
	%962 = icmp slt i32 %961, %N
	%963 = select i1 %962, i32 %961, i32 0
	%964 = sitofp i32 %542 to float
	%965 = sitofp i32 %963 to float
	%966 = fcmp ole float %965, %964
	%967 = uitofp i1 %966 to float
	%968 = fcmp une float %967, 0.0
	%969 = and i1 %962, %968
	%970 = select i1 %969, float %482, float 0xFFF0000000000000
	%971 = shl i32 %6, 1
	%972 = add i32 1, %971
	%973 = add i32 %223, %972
	%974 = icmp slt i32 %973, %N
	%975 = select i1 %974, i32 %973, i32 0
	%976 = sitofp i32 %542 to float
	%977 = sitofp i32 %975 to float
	%978 = fcmp ole float %977, %976
	%979 = uitofp i1 %978 to float
	%980 = fcmp une float %979, 0.0
	%981 = and i1 %974, %980
	%982 = select i1 %981, float %483, float 0xFFF0000000000000
	%983 = shl i32 %6, 1
	%984 = add i32 0, %983
	%985 = add i32 %223, %984
	%986 = icmp slt i32 %985, %N
	%987 = select i1 %986, i32 %985, i32 0
	%988 = sitofp i32 %546 to float
	%989 = sitofp i32 %987 to float
	%990 = fcmp ole float %989, %988
	%991 = uitofp i1 %990 to float
	%992 = fcmp une float %991, 0.0
	%993 = and i1 %986, %992
	%994 = select i1 %993, float %484, float 0xFFF0000000000000
	%995 = shl i32 %6, 1
	%996 = add i32 1, %995
	%997 = add i32 %223, %996
	%998 = icmp slt i32 %997, %N
	%999 = select i1 %998, i32 %997, i32 0
	%1000 = sitofp i32 %546 to float
	%1001 = sitofp i32 %999 to float
	%1002 = fcmp ole float %1001, %1000
	%1003 = uitofp i1 %1002 to float
	%1004 = fcmp une float %1003, 0.0
	%1005 = and i1 %998, %1004
	%1006 = select i1 %1005, float %485, float 0xFFF0000000000000
	%1007 = shl i32 %6, 1
	%1008 = add i32 8, %1007
	%1009 = add i32 %223, %1008
	%1010 = icmp slt i32 %1009, %N
	%1011 = select i1 %1010, i32 %1009, i32 0
	%1012 = sitofp i32 %542 to float
	%1013 = sitofp i32 %1011 to float
	%1014 = fcmp ole float %1013, %1012
	%1015 = uitofp i1 %1014 to float
	%1016 = fcmp une float %1015, 0.0
	%1017 = and i1 %1010, %1016
	%1018 = select i1 %1017, float %487, float 0xFFF0000000000000
	%1019 = shl i32 %6, 1
	%1020 = add i32 9, %1019
	%1021 = add i32 %223, %1020
	%1022 = icmp slt i32 %1021, %N
	%1023 = select i1 %1022, i32 %1021, i32 0
	%1024 = sitofp i32 %542 to float
	%1025 = sitofp i32 %1023 to float
	%1026 = fcmp ole float %1025, %1024
	%1027 = uitofp i1 %1026 to float
	%1028 = fcmp une float %1027, 0.0
	%1029 = and i1 %1022, %1028
	%1030 = select i1 %1029, float %488, float 0xFFF0000000000000
	%1031 = shl i32 %6, 1
	%1032 = add i32 8, %1031
	%1033 = add i32 %223, %1032
	%1034 = icmp slt i32 %1033, %N
	%1035 = select i1 %1034, i32 %1033, i32 0
	%1036 = sitofp i32 %546 to float
	%1037 = sitofp i32 %1035 to float
	%1038 = fcmp ole float %1037, %1036
	%1039 = uitofp i1 %1038 to float
	%1040 = fcmp une float %1039, 0.0
	%1041 = and i1 %1034, %1040
	%1042 = select i1 %1041, float %489, float 0xFFF0000000000000
	%1043 = shl i32 %6, 1
	%1044 = add i32 9, %1043
	%1045 = add i32 %223, %1044
	%1046 = icmp slt i32 %1045, %N
	%1047 = select i1 %1046, i32 %1045, i32 0
	%1048 = sitofp i32 %546 to float
	%1049 = sitofp i32 %1047 to float
	%1050 = fcmp ole float %1049, %1048
	%1051 = uitofp i1 %1050 to float
	%1052 = fcmp une float %1051, 0.0
	%1053 = and i1 %1046, %1052
	%1054 = select i1 %1053, float %490, float 0xFFF0000000000000
	%1055 = shl i32 %6, 1
	%1056 = add i32 16, %1055
	%1057 = add i32 %223, %1056
	%1058 = icmp slt i32 %1057, %N
	%1059 = select i1 %1058, i32 %1057, i32 0
	%1060 = sitofp i32 %542 to float
	%1061 = sitofp i32 %1059 to float
	%1062 = fcmp ole float %1061, %1060
	%1063 = uitofp i1 %1062 to float
	%1064 = fcmp une float %1063, 0.0
	%1065 = and i1 %1058, %1064
	%1066 = select i1 %1065, float %498, float 0xFFF0000000000000
	%1067 = shl i32 %6, 1
	%1068 = add i32 17, %1067
	%1069 = add i32 %223, %1068
	%1070 = icmp slt i32 %1069, %N
	%1071 = select i1 %1070, i32 %1069, i32 0
	%1072 = sitofp i32 %542 to float
	%1073 = sitofp i32 %1071 to float
	%1074 = fcmp ole float %1073, %1072
	%1075 = uitofp i1 %1074 to float
	%1076 = fcmp une float %1075, 0.0
	%1077 = and i1 %1070, %1076
	%1078 = select i1 %1077, float %499, float 0xFFF0000000000000
	%1079 = shl i32 %6, 1
	%1080 = add i32 16, %1079
	%1081 = add i32 %223, %1080
	%1082 = icmp slt i32 %1081, %N
	%1083 = select i1 %1082, i32 %1081, i32 0
	%1084 = sitofp i32 %546 to float
	%1085 = sitofp i32 %1083 to float
	%1086 = fcmp ole float %1085, %1084
	%1087 = uitofp i1 %1086 to float
	%1088 = fcmp une float %1087, 0.0
	%1089 = and i1 %1082, %1088
	%1090 = select i1 %1089, float %500, float 0xFFF0000000000000
	%1091 = shl i32 %6, 1
	%1092 = add i32 17, %1091
	%1093 = add i32 %223, %1092
	%1094 = icmp slt i32 %1093, %N
	%1095 = select i1 %1094, i32 %1093, i32 0
	%1096 = sitofp i32 %546 to float
	%1097 = sitofp i32 %1095 to float
	%1098 = fcmp ole float %1097, %1096
	%1099 = uitofp i1 %1098 to float
	%1100 = fcmp une float %1099, 0.0
	%1101 = and i1 %1094, %1100
	%1102 = select i1 %1101, float %501, float 0xFFF0000000000000
	%1103 = shl i32 %6, 1
	%1104 = add i32 24, %1103
	%1105 = add i32 %223, %1104
	%1106 = icmp slt i32 %1105, %N
	%1107 = select i1 %1106, i32 %1105, i32 0
	%1108 = sitofp i32 %542 to float
	%1109 = sitofp i32 %1107 to float
	%1110 = fcmp ole float %1109, %1108
	%1111 = uitofp i1 %1110 to float
	%1112 = fcmp une float %1111, 0.0
	%1113 = and i1 %1106, %1112
	%1114 = select i1 %1113, float %503, float 0xFFF0000000000000
	%1115 = shl i32 %6, 1
	%1116 = add i32 25, %1115
	%1117 = add i32 %223, %1116
	%1118 = icmp slt i32 %1117, %N
	%1119 = select i1 %1118, i32 %1117, i32 0
	%1120 = sitofp i32 %542 to float
	%1121 = sitofp i32 %1119 to float
	%1122 = fcmp ole float %1121, %1120
	%1123 = uitofp i1 %1122 to float
	%1124 = fcmp une float %1123, 0.0
	%1125 = and i1 %1118, %1124
	%1126 = select i1 %1125, float %504, float 0xFFF0000000000000
	%1127 = shl i32 %6, 1
	%1128 = add i32 24, %1127
	%1129 = add i32 %223, %1128
	%1130 = icmp slt i32 %1129, %N
	%1131 = select i1 %1130, i32 %1129, i32 0
	%1132 = sitofp i32 %546 to float
	%1133 = sitofp i32 %1131 to float
	%1134 = fcmp ole float %1133, %1132
	%1135 = uitofp i1 %1134 to float
	%1136 = fcmp une float %1135, 0.0
	%1137 = and i1 %1130, %1136
	%1138 = select i1 %1137, float %505, float 0xFFF0000000000000
	%1139 = shl i32 %6, 1
	%1140 = add i32 25, %1139
	%1141 = add i32 %223, %1140
	%1142 = icmp slt i32 %1141, %N
	%1143 = select i1 %1142, i32 %1141, i32 0
	%1144 = sitofp i32 %546 to float
	%1145 = sitofp i32 %1143 to float
	%1146 = fcmp ole float %1145, %1144
	%1147 = uitofp i1 %1146 to float
	%1148 = fcmp une float %1147, 0.0
	%1149 = and i1 %1142, %1148
	%1150 = select i1 %1149, float %506, float 0xFFF0000000000000
	%1151 = shl i32 %6, 1
	%1152 = add i32 32, %1151
	%1153 = add i32 %223, %1152
	%1154 = icmp slt i32 %1153, %N
	%1155 = select i1 %1154, i32 %1153, i32 0
	%1156 = sitofp i32 %542 to float
	%1157 = sitofp i32 %1155 to float
	%1158 = fcmp ole float %1157, %1156
	%1159 = uitofp i1 %1158 to float
	%1160 = fcmp une float %1159, 0.0
	%1161 = and i1 %1154, %1160
	%1162 = select i1 %1161, float %514, float 0xFFF0000000000000
	%1163 = shl i32 %6, 1
	%1164 = add i32 33, %1163
	%1165 = add i32 %223, %1164
	%1166 = icmp slt i32 %1165, %N
	%1167 = select i1 %1166, i32 %1165, i32 0
	%1168 = sitofp i32 %542 to float
	%1169 = sitofp i32 %1167 to float
	%1170 = fcmp ole float %1169, %1168
	%1171 = uitofp i1 %1170 to float
	%1172 = fcmp une float %1171, 0.0
	%1173 = and i1 %1166, %1172
	%1174 = select i1 %1173, float %515, float 0xFFF0000000000000
	%1175 = shl i32 %6, 1
	%1176 = add i32 32, %1175
	%1177 = add i32 %223, %1176
	%1178 = icmp slt i32 %1177, %N
	%1179 = select i1 %1178, i32 %1177, i32 0
	%1180 = sitofp i32 %546 to float
	%1181 = sitofp i32 %1179 to float
	%1182 = fcmp ole float %1181, %1180
	%1183 = uitofp i1 %1182 to float
	%1184 = fcmp une float %1183, 0.0
	%1185 = and i1 %1178, %1184
	%1186 = select i1 %1185, float %516, float 0xFFF0000000000000
	%1187 = shl i32 %6, 1
	%1188 = add i32 33, %1187
	%1189 = add i32 %223, %1188
	%1190 = icmp slt i32 %1189, %N
	%1191 = select i1 %1190, i32 %1189, i32 0
	%1192 = sitofp i32 %546 to float
	%1193 = sitofp i32 %1191 to float
	%1194 = fcmp ole float %1193, %1192
	%1195 = uitofp i1 %1194 to float
	%1196 = fcmp une float %1195, 0.0
	%1197 = and i1 %1190, %1196
	%1198 = select i1 %1197, float %517, float 0xFFF0000000000000
	%1199 = shl i32 %6, 1
	%1200 = add i32 40, %1199
	%1201 = add i32 %223, %1200
	%1202 = icmp slt i32 %1201, %N
	%1203 = select i1 %1202, i32 %1201, i32 0
	%1204 = sitofp i32 %542 to float
	%1205 = sitofp i32 %1203 to float
	%1206 = fcmp ole float %1205, %1204
	%1207 = uitofp i1 %1206 to float
	%1208 = fcmp une float %1207, 0.0
	%1209 = and i1 %1202, %1208
	%1210 = select i1 %1209, float %519, float 0xFFF0000000000000
	%1211 = shl i32 %6, 1
	%1212 = add i32 41, %1211
	%1213 = add i32 %223, %1212
	%1214 = icmp slt i32 %1213, %N
	%1215 = select i1 %1214, i32 %1213, i32 0
	%1216 = sitofp i32 %542 to float
	%1217 = sitofp i32 %1215 to float
	%1218 = fcmp ole float %1217, %1216
	%1219 = uitofp i1 %1218 to float
	%1220 = fcmp une float %1219, 0.0
	%1221 = and i1 %1214, %1220
	%1222 = select i1 %1221, float %520, float 0xFFF0000000000000
	%1223 = shl i32 %6, 1
	%1224 = add i32 40, %1223
	%1225 = add i32 %223, %1224
	%1226 = icmp slt i32 %1225, %N
	%1227 = select i1 %1226, i32 %1225, i32 0
	%1228 = sitofp i32 %546 to float
	%1229 = sitofp i32 %1227 to float
	%1230 = fcmp ole float %1229, %1228
	%1231 = uitofp i1 %1230 to float
	%1232 = fcmp une float %1231, 0.0
	%1233 = and i1 %1226, %1232
	%1234 = select i1 %1233, float %521, float 0xFFF0000000000000
	%1235 = shl i32 %6, 1
	%1236 = add i32 41, %1235
	%1237 = add i32 %223, %1236
	%1238 = icmp slt i32 %1237, %N
	%1239 = select i1 %1238, i32 %1237, i32 0
	%1240 = sitofp i32 %546 to float
	%1241 = sitofp i32 %1239 to float
	%1242 = fcmp ole float %1241, %1240
	%1243 = uitofp i1 %1242 to float
	%1244 = fcmp une float %1243, 0.0
	%1245 = and i1 %1238, %1244
	%1246 = select i1 %1245, float %522, float 0xFFF0000000000000
	%1247 = shl i32 %6, 1
	%1248 = add i32 48, %1247
	%1249 = add i32 %223, %1248
	%1250 = icmp slt i32 %1249, %N
	%1251 = select i1 %1250, i32 %1249, i32 0
	%1252 = sitofp i32 %542 to float
	%1253 = sitofp i32 %1251 to float
	%1254 = fcmp ole float %1253, %1252
	%1255 = uitofp i1 %1254 to float
	%1256 = fcmp une float %1255, 0.0
	%1257 = and i1 %1250, %1256
	%1258 = select i1 %1257, float %530, float 0xFFF0000000000000
	%1259 = shl i32 %6, 1
	%1260 = add i32 49, %1259
	%1261 = add i32 %223, %1260
	%1262 = icmp slt i32 %1261, %N
	%1263 = select i1 %1262, i32 %1261, i32 0
	%1264 = sitofp i32 %542 to float
	%1265 = sitofp i32 %1263 to float
	%1266 = fcmp ole float %1265, %1264
	%1267 = uitofp i1 %1266 to float
	%1268 = fcmp une float %1267, 0.0
	%1269 = and i1 %1262, %1268
	%1270 = select i1 %1269, float %531, float 0xFFF0000000000000
	%1271 = shl i32 %6, 1
	%1272 = add i32 48, %1271
	%1273 = add i32 %223, %1272
	%1274 = icmp slt i32 %1273, %N
	%1275 = select i1 %1274, i32 %1273, i32 0
	%1276 = sitofp i32 %546 to float
	%1277 = sitofp i32 %1275 to float
	%1278 = fcmp ole float %1277, %1276
	%1279 = uitofp i1 %1278 to float
	%1280 = fcmp une float %1279, 0.0
	%1281 = and i1 %1274, %1280
	%1282 = select i1 %1281, float %532, float 0xFFF0000000000000
	%1283 = shl i32 %6, 1
	%1284 = add i32 49, %1283
	%1285 = add i32 %223, %1284
	%1286 = icmp slt i32 %1285, %N
	%1287 = select i1 %1286, i32 %1285, i32 0
	%1288 = sitofp i32 %546 to float
	%1289 = sitofp i32 %1287 to float
	%1290 = fcmp ole float %1289, %1288
	%1291 = uitofp i1 %1290 to float
	%1292 = fcmp une float %1291, 0.0
	%1293 = and i1 %1286, %1292
	%1294 = select i1 %1293, float %533, float 0xFFF0000000000000
	%1295 = shl i32 %6, 1
	%1296 = add i32 56, %1295
	%1297 = add i32 %223, %1296
	%1298 = icmp slt i32 %1297, %N
	%1299 = select i1 %1298, i32 %1297, i32 0
	%1300 = sitofp i32 %542 to float
	%1301 = sitofp i32 %1299 to float
	%1302 = fcmp ole float %1301, %1300
	%1303 = uitofp i1 %1302 to float
	%1304 = fcmp une float %1303, 0.0
	%1305 = and i1 %1298, %1304
	%1306 = select i1 %1305, float %535, float 0xFFF0000000000000
	%1307 = shl i32 %6, 1
	%1308 = add i32 57, %1307
	%1309 = add i32 %223, %1308
	%1310 = icmp slt i32 %1309, %N
	%1311 = select i1 %1310, i32 %1309, i32 0
	%1312 = sitofp i32 %542 to float
	%1313 = sitofp i32 %1311 to float
	%1314 = fcmp ole float %1313, %1312
	%1315 = uitofp i1 %1314 to float
	%1316 = fcmp une float %1315, 0.0
	%1317 = and i1 %1310, %1316
	%1318 = select i1 %1317, float %536, float 0xFFF0000000000000
	%1319 = shl i32 %6, 1
	%1320 = add i32 56, %1319
	%1321 = add i32 %223, %1320
	%1322 = icmp slt i32 %1321, %N
	%1323 = select i1 %1322, i32 %1321, i32 0
	%1324 = sitofp i32 %546 to float
	%1325 = sitofp i32 %1323 to float
	%1326 = fcmp ole float %1325, %1324
	%1327 = uitofp i1 %1326 to float
	%1328 = fcmp une float %1327, 0.0
	%1329 = and i1 %1322, %1328
	%1330 = select i1 %1329, float %537, float 0xFFF0000000000000
	%1331 = shl i32 %6, 1
	%1332 = add i32 57, %1331
	%1333 = add i32 %223, %1332
	%1334 = icmp slt i32 %1333, %N
	%1335 = select i1 %1334, i32 %1333, i32 0
	%1336 = sitofp i32 %546 to float
	%1337 = sitofp i32 %1335 to float
	%1338 = fcmp ole float %1337, %1336
	%1339 = uitofp i1 %1338 to float
	%1340 = fcmp une float %1339, 0.0
	%1341 = and i1 %1334, %1340
	%1342 = select i1 %1341, float %538, float 0xFFF0000000000000
	br label %softmax

softmax:
	%1343 = phi float [ %482, %classify ], [ %970, %partial ], [ %636, %meankeys ]
	%1344 = phi float [ %483, %classify ], [ %982, %partial ], [ %655, %meankeys ]
	%1345 = phi float [ %484, %classify ], [ %994, %partial ], [ %657, %meankeys ]
	%1346 = phi float [ %485, %classify ], [ %1006, %partial ], [ %659, %meankeys ]
	%1347 = phi float [ %487, %classify ], [ %1018, %partial ], [ %678, %meankeys ]
	%1348 = phi float [ %488, %classify ], [ %1030, %partial ], [ %697, %meankeys ]
	%1349 = phi float [ %489, %classify ], [ %1042, %partial ], [ %699, %meankeys ]
	%1350 = phi float [ %490, %classify ], [ %1054, %partial ], [ %701, %meankeys ]
	%1351 = phi float [ %498, %classify ], [ %1066, %partial ], [ %720, %meankeys ]
	%1352 = phi float [ %499, %classify ], [ %1078, %partial ], [ %739, %meankeys ]
	%1353 = phi float [ %500, %classify ], [ %1090, %partial ], [ %741, %meankeys ]
	%1354 = phi float [ %501, %classify ], [ %1102, %partial ], [ %743, %meankeys ]
	%1355 = phi float [ %503, %classify ], [ %1114, %partial ], [ %762, %meankeys ]
	%1356 = phi float [ %504, %classify ], [ %1126, %partial ], [ %781, %meankeys ]
	%1357 = phi float [ %505, %classify ], [ %1138, %partial ], [ %783, %meankeys ]
	%1358 = phi float [ %506, %classify ], [ %1150, %partial ], [ %785, %meankeys ]
	%1359 = phi float [ %514, %classify ], [ %1162, %partial ], [ %804, %meankeys ]
	%1360 = phi float [ %515, %classify ], [ %1174, %partial ], [ %823, %meankeys ]
	%1361 = phi float [ %516, %classify ], [ %1186, %partial ], [ %825, %meankeys ]
	%1362 = phi float [ %517, %classify ], [ %1198, %partial ], [ %827, %meankeys ]
	%1363 = phi float [ %519, %classify ], [ %1210, %partial ], [ %846, %meankeys ]
	%1364 = phi float [ %520, %classify ], [ %1222, %partial ], [ %865, %meankeys ]
	%1365 = phi float [ %521, %classify ], [ %1234, %partial ], [ %867, %meankeys ]
	%1366 = phi float [ %522, %classify ], [ %1246, %partial ], [ %869, %meankeys ]
	%1367 = phi float [ %530, %classify ], [ %1258, %partial ], [ %888, %meankeys ]
	%1368 = phi float [ %531, %classify ], [ %1270, %partial ], [ %907, %meankeys ]
	%1369 = phi float [ %532, %classify ], [ %1282, %partial ], [ %909, %meankeys ]
	%1370 = phi float [ %533, %classify ], [ %1294, %partial ], [ %911, %meankeys ]
	%1371 = phi float [ %535, %classify ], [ %1306, %partial ], [ %930, %meankeys ]
	%1372 = phi float [ %536, %classify ], [ %1318, %partial ], [ %949, %meankeys ]
	%1373 = phi float [ %537, %classify ], [ %1330, %partial ], [ %951, %meankeys ]
	%1374 = phi float [ %538, %classify ], [ %1342, %partial ], [ %953, %meankeys ]
	%1375 = call float @llvm.nvvm.fmax.f(float %1343, float %1344)
	%1376 = call float @llvm.nvvm.fmax.f(float %1347, float %1348)
	%1377 = call float @llvm.nvvm.fmax.f(float %1351, float %1352)
	%1378 = call float @llvm.nvvm.fmax.f(float %1355, float %1356)
	%1379 = call float @llvm.nvvm.fmax.f(float %1359, float %1360)
	%1380 = call float @llvm.nvvm.fmax.f(float %1363, float %1364)
	%1381 = call float @llvm.nvvm.fmax.f(float %1367, float %1368)
	%1382 = call float @llvm.nvvm.fmax.f(float %1371, float %1372)
	%1383 = call float @llvm.nvvm.fmax.f(float %1375, float %1376)
	%1384 = call float @llvm.nvvm.fmax.f(float %1377, float %1378)
	%1385 = call float @llvm.nvvm.fmax.f(float %1379, float %1380)
	%1386 = call float @llvm.nvvm.fmax.f(float %1381, float %1382)
	%1387 = call float @llvm.nvvm.fmax.f(float %1383, float %1384)
	%1388 = call float @llvm.nvvm.fmax.f(float %1385, float %1386)
	%1389 = call float @llvm.nvvm.fmax.f(float %1387, float %1388)
	%1390 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1389, i32 1, i32 31)
	%1391 = call float @llvm.nvvm.fmax.f(float %1389, float %1390)
	%1392 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1391, i32 2, i32 31)
	%1393 = call float @llvm.nvvm.fmax.f(float %1391, float %1392)
	%1394 = fmul float %1393, 0x3FC7154760000000
	%1395 = call float @llvm.nvvm.fmax.f(float %219, float %1394)
	%1396 = fadd float %219, 8.0
	%1397 = fcmp ogt float %1395, %1396
	%1398 = or i1 false, %1397
	%1399 = call float @llvm.nvvm.fmax.f(float %1345, float %1346)
	%1400 = call float @llvm.nvvm.fmax.f(float %1349, float %1350)
	%1401 = call float @llvm.nvvm.fmax.f(float %1353, float %1354)
	%1402 = call float @llvm.nvvm.fmax.f(float %1357, float %1358)
	%1403 = call float @llvm.nvvm.fmax.f(float %1361, float %1362)
	%1404 = call float @llvm.nvvm.fmax.f(float %1365, float %1366)
	%1405 = call float @llvm.nvvm.fmax.f(float %1369, float %1370)
	%1406 = call float @llvm.nvvm.fmax.f(float %1373, float %1374)
	%1407 = call float @llvm.nvvm.fmax.f(float %1399, float %1400)
	%1408 = call float @llvm.nvvm.fmax.f(float %1401, float %1402)
	%1409 = call float @llvm.nvvm.fmax.f(float %1403, float %1404)
	%1410 = call float @llvm.nvvm.fmax.f(float %1405, float %1406)
	%1411 = call float @llvm.nvvm.fmax.f(float %1407, float %1408)
	%1412 = call float @llvm.nvvm.fmax.f(float %1409, float %1410)
	%1413 = call float @llvm.nvvm.fmax.f(float %1411, float %1412)
	%1414 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1413, i32 1, i32 31)
	%1415 = call float @llvm.nvvm.fmax.f(float %1413, float %1414)
	%1416 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %1415, i32 2, i32 31)
	%1417 = call float @llvm.nvvm.fmax.f(float %1415, float %1416)
	%1418 = fmul float %1417, 0x3FC7154760000000
	%1419 = call float @llvm.nvvm.fmax.f(float %221, float %1418)
	%1420 = fadd float %221, 8.0
	%1421 = fcmp ogt float %1419, %1420
	%1422 = or i1 %1398, %1421
	%1423 = call i1 @llvm.nvvm.vote.any.sync(i32 -1, i1 %1422)
	br i1 %1423, label %1424, label %1467

1424:
	%1425 = fcmp oeq float %1395, 0xFFF0000000000000
	%1426 = select i1 %1425, float 0.0, float %1395
	%1427 = fsub float %219, %1426
	%1428 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1427)
	%1429 = fcmp oeq float %1419, 0xFFF0000000000000
	%1430 = select i1 %1429, float 0.0, float %1419
	%1431 = fsub float %221, %1430
	%1432 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1431)
	%1433 = fmul float %187, %1428
	%1434 = fmul float %188, %1428
	%1435 = fmul float %189, %1432
	%1436 = fmul float %190, %1432
	%1437 = fmul float %191, %1428
	%1438 = fmul float %192, %1428
	%1439 = fmul float %193, %1432
	%1440 = fmul float %194, %1432
	%1441 = fmul float %195, %1428
	%1442 = fmul float %196, %1428
	%1443 = fmul float %197, %1432
	%1444 = fmul float %198, %1432
	%1445 = fmul float %199, %1428
	%1446 = fmul float %200, %1428
	%1447 = fmul float %201, %1432
	%1448 = fmul float %202, %1432
	%1449 = fmul float %203, %1428
	%1450 = fmul float %204, %1428
	%1451 = fmul float %205, %1432
	%1452 = fmul float %206, %1432
	%1453 = fmul float %207, %1428
	%1454 = fmul float %208, %1428
	%1455 = fmul float %209, %1432
	%1456 = fmul float %210, %1432
	%1457 = fmul float %211, %1428
	%1458 = fmul float %212, %1428
	%1459 = fmul float %213, %1432
	%1460 = fmul float %214, %1432
	%1461 = fmul float %215, %1428
	%1462 = fmul float %216, %1428
	%1463 = fmul float %217, %1432
	%1464 = fmul float %218, %1432
	%1465 = fmul float %220, %1428
	%1466 = fmul float %222, %1432
	br label %1467

1467:
	%1468 = phi float [ %187, %softmax ], [ %1433, %1424 ]
	%1469 = phi float [ %188, %softmax ], [ %1434, %1424 ]
	%1470 = phi float [ %189, %softmax ], [ %1435, %1424 ]
	%1471 = phi float [ %190, %softmax ], [ %1436, %1424 ]
	%1472 = phi float [ %191, %softmax ], [ %1437, %1424 ]
	%1473 = phi float [ %192, %softmax ], [ %1438, %1424 ]
	%1474 = phi float [ %193, %softmax ], [ %1439, %1424 ]
	%1475 = phi float [ %194, %softmax ], [ %1440, %1424 ]
	%1476 = phi float [ %195, %softmax ], [ %1441, %1424 ]
	%1477 = phi float [ %196, %softmax ], [ %1442, %1424 ]
	%1478 = phi float [ %197, %softmax ], [ %1443, %1424 ]
	%1479 = phi float [ %198, %softmax ], [ %1444, %1424 ]
	%1480 = phi float [ %199, %softmax ], [ %1445, %1424 ]
	%1481 = phi float [ %200, %softmax ], [ %1446, %1424 ]
	%1482 = phi float [ %201, %softmax ], [ %1447, %1424 ]
	%1483 = phi float [ %202, %softmax ], [ %1448, %1424 ]
	%1484 = phi float [ %203, %softmax ], [ %1449, %1424 ]
	%1485 = phi float [ %204, %softmax ], [ %1450, %1424 ]
	%1486 = phi float [ %205, %softmax ], [ %1451, %1424 ]
	%1487 = phi float [ %206, %softmax ], [ %1452, %1424 ]
	%1488 = phi float [ %207, %softmax ], [ %1453, %1424 ]
	%1489 = phi float [ %208, %softmax ], [ %1454, %1424 ]
	%1490 = phi float [ %209, %softmax ], [ %1455, %1424 ]
	%1491 = phi float [ %210, %softmax ], [ %1456, %1424 ]
	%1492 = phi float [ %211, %softmax ], [ %1457, %1424 ]
	%1493 = phi float [ %212, %softmax ], [ %1458, %1424 ]
	%1494 = phi float [ %213, %softmax ], [ %1459, %1424 ]
	%1495 = phi float [ %214, %softmax ], [ %1460, %1424 ]
	%1496 = phi float [ %215, %softmax ], [ %1461, %1424 ]
	%1497 = phi float [ %216, %softmax ], [ %1462, %1424 ]
	%1498 = phi float [ %217, %softmax ], [ %1463, %1424 ]
	%1499 = phi float [ %218, %softmax ], [ %1464, %1424 ]
	%1500 = phi float [ %220, %softmax ], [ %1465, %1424 ]
	%1501 = phi float [ %222, %softmax ], [ %1466, %1424 ]
	%1502 = select i1 %1423, float %1395, float %219
	%1503 = fcmp oeq float %1502, 0xFFF0000000000000
	%1504 = select i1 %1503, float 0.0, float %1502
	%1505 = fneg float %1504
	%1506 = call float @llvm.fma.f32(float %1343, float 0x3FC7154760000000, float %1505)
	%1507 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1506)
	%1508 = call float @llvm.fma.f32(float %1344, float 0x3FC7154760000000, float %1505)
	%1509 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1508)
	%1510 = call float @llvm.fma.f32(float %1347, float 0x3FC7154760000000, float %1505)
	%1511 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1510)
	%1512 = call float @llvm.fma.f32(float %1348, float 0x3FC7154760000000, float %1505)
	%1513 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1512)
	%1514 = call float @llvm.fma.f32(float %1351, float 0x3FC7154760000000, float %1505)
	%1515 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1514)
	%1516 = call float @llvm.fma.f32(float %1352, float 0x3FC7154760000000, float %1505)
	%1517 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1516)
	%1518 = call float @llvm.fma.f32(float %1355, float 0x3FC7154760000000, float %1505)
	%1519 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1518)
	%1520 = call float @llvm.fma.f32(float %1356, float 0x3FC7154760000000, float %1505)
	%1521 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1520)
	%1522 = call float @llvm.fma.f32(float %1359, float 0x3FC7154760000000, float %1505)
	%1523 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1522)
	%1524 = call float @llvm.fma.f32(float %1360, float 0x3FC7154760000000, float %1505)
	%1525 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1524)
	%1526 = call float @llvm.fma.f32(float %1363, float 0x3FC7154760000000, float %1505)
	%1527 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1526)
	%1528 = call float @llvm.fma.f32(float %1364, float 0x3FC7154760000000, float %1505)
	%1529 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1528)
	%1530 = call float @llvm.fma.f32(float %1367, float 0x3FC7154760000000, float %1505)
	%1531 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1530)
	%1532 = call float @llvm.fma.f32(float %1368, float 0x3FC7154760000000, float %1505)
	%1533 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1532)
	%1534 = call float @llvm.fma.f32(float %1371, float 0x3FC7154760000000, float %1505)
	%1535 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1534)
	%1536 = call float @llvm.fma.f32(float %1372, float 0x3FC7154760000000, float %1505)
	%1537 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1536)
	%1538 = fadd float %1507, %1509
	%1539 = fadd float %1511, %1513
	%1540 = fadd float %1515, %1517
	%1541 = fadd float %1519, %1521
	%1542 = fadd float %1523, %1525
	%1543 = fadd float %1527, %1529
	%1544 = fadd float %1531, %1533
	%1545 = fadd float %1535, %1537
	%1546 = fadd float %1538, %1539
	%1547 = fadd float %1540, %1541
	%1548 = fadd float %1542, %1543
	%1549 = fadd float %1544, %1545
	%1550 = fadd float %1546, %1547
	%1551 = fadd float %1548, %1549
	%1552 = fadd float %1550, %1551
	%1553 = fadd float %1500, %1552
	%1554 = select i1 %1423, float %1419, float %221
	%1555 = fcmp oeq float %1554, 0xFFF0000000000000
	%1556 = select i1 %1555, float 0.0, float %1554
	%1557 = fneg float %1556
	%1558 = call float @llvm.fma.f32(float %1345, float 0x3FC7154760000000, float %1557)
	%1559 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1558)
	%1560 = call float @llvm.fma.f32(float %1346, float 0x3FC7154760000000, float %1557)
	%1561 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1560)
	%1562 = call float @llvm.fma.f32(float %1349, float 0x3FC7154760000000, float %1557)
	%1563 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1562)
	%1564 = call float @llvm.fma.f32(float %1350, float 0x3FC7154760000000, float %1557)
	%1565 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1564)
	%1566 = call float @llvm.fma.f32(float %1353, float 0x3FC7154760000000, float %1557)
	%1567 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1566)
	%1568 = call float @llvm.fma.f32(float %1354, float 0x3FC7154760000000, float %1557)
	%1569 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1568)
	%1570 = call float @llvm.fma.f32(float %1357, float 0x3FC7154760000000, float %1557)
	%1571 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1570)
	%1572 = call float @llvm.fma.f32(float %1358, float 0x3FC7154760000000, float %1557)
	%1573 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1572)
	%1574 = call float @llvm.fma.f32(float %1361, float 0x3FC7154760000000, float %1557)
	%1575 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1574)
	%1576 = call float @llvm.fma.f32(float %1362, float 0x3FC7154760000000, float %1557)
	%1577 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1576)
	%1578 = call float @llvm.fma.f32(float %1365, float 0x3FC7154760000000, float %1557)
	%1579 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1578)
	%1580 = call float @llvm.fma.f32(float %1366, float 0x3FC7154760000000, float %1557)
	%1581 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1580)
	%1582 = call float @llvm.fma.f32(float %1369, float 0x3FC7154760000000, float %1557)
	%1583 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1582)
	%1584 = call float @llvm.fma.f32(float %1370, float 0x3FC7154760000000, float %1557)
	%1585 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1584)
	%1586 = call float @llvm.fma.f32(float %1373, float 0x3FC7154760000000, float %1557)
	%1587 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1586)
	%1588 = call float @llvm.fma.f32(float %1374, float 0x3FC7154760000000, float %1557)
	%1589 = call float @llvm.nvvm.ex2.approx.ftz.f(float %1588)
	%1590 = fadd float %1559, %1561
	%1591 = fadd float %1563, %1565
	%1592 = fadd float %1567, %1569
	%1593 = fadd float %1571, %1573
	%1594 = fadd float %1575, %1577
	%1595 = fadd float %1579, %1581
	%1596 = fadd float %1583, %1585
	%1597 = fadd float %1587, %1589
	%1598 = fadd float %1590, %1591
	%1599 = fadd float %1592, %1593
	%1600 = fadd float %1594, %1595
	%1601 = fadd float %1596, %1597
	%1602 = fadd float %1598, %1599
	%1603 = fadd float %1600, %1601
	%1604 = fadd float %1602, %1603
	%1605 = fadd float %1501, %1604
	%1606 = add i32 %185, 1
	%1607 = icmp slt i32 %1606, %NK
	%1608 = select i1 %1607, i32 %1606, i32 0
	%1609 = add i32 %41, %1608
	%1610 = sext i32 %1609 to i64
	%1611 = getelementptr i32, i32* %list, i64 %1610
	%1612 = load i32, i32* %1611
	%1613 = select i1 %1607, i32 %1612, i32 -1
	%1614 = icmp sge i32 %1613, 0
	call void asm sideeffect "cp.async.wait_group 0;", ""()
	call void @llvm.nvvm.barrier0()
	br i1 %1614, label %prefetch, label %pv

prefetch:
	%1615 = icmp sge i32 %1613, %NK
	%1616 = select i1 %1615, i16* %49, i16* %32
	%1617 = sub i32 %1613, %NK
	%1618 = select i1 %1615, i32 %1617, i32 %1613
	%1619 = mul i32 %1618, 64
	%1620 = select i1 %1615, i32 %NK, i32 %N
	%1621 = lshr i32 %2, 3
	%1622 = and i32 %2, 7
	%1623 = and i32 %1621, 7
	%1624 = xor i32 %1622, %1623
	%1625 = mul i32 %1621, 8
	%1626 = add i32 %1625, %1624
	%1627 = shl i32 %1626, 4
	%1628 = add i32 %0, %1627
	%1629 = add i32 %1619, %1621
	%1630 = mul i32 %1629, 64
	%1631 = mul i32 %1622, 8
	%1632 = add i32 %1630, %1631
	%1633 = sext i32 %1632 to i64
	%1634 = getelementptr i16, i16* %1616, i64 %1633
	%1635 = add i32 %1629, 0
	%1636 = icmp slt i32 %1635, %1620
	%1637 = getelementptr i16, i16* %1634, i64 0
	%1638 = select i1 %1636, i16* %1637, i16* %1616
	%1639 = add i32 %1628, 0
	%1640 = select i1 %1636, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1639, i16* %1638, i32 %1640)
	%1641 = add i32 %1629, 16
	%1642 = icmp slt i32 %1641, %1620
	%1643 = getelementptr i16, i16* %1634, i64 1024
	%1644 = select i1 %1642, i16* %1643, i16* %1616
	%1645 = add i32 %1628, 2048
	%1646 = select i1 %1642, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1645, i16* %1644, i32 %1646)
	%1647 = add i32 %1629, 32
	%1648 = icmp slt i32 %1647, %1620
	%1649 = getelementptr i16, i16* %1634, i64 2048
	%1650 = select i1 %1648, i16* %1649, i16* %1616
	%1651 = add i32 %1628, u0x1000
	%1652 = select i1 %1648, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1651, i16* %1650, i32 %1652)
	%1653 = add i32 %1629, 48
	%1654 = icmp slt i32 %1653, %1620
	%1655 = getelementptr i16, i16* %1634, i64 3072
	%1656 = select i1 %1654, i16* %1655, i16* %1616
	%1657 = add i32 %1628, 6144
	%1658 = select i1 %1654, i32 16, i32 0
	call void asm sideeffect "cp.async.cg.shared.global [$0], [$1], 16, $2;", "r,l,r"(i32 %1657, i16* %1656, i32 %1658)
	call void asm sideeffect "cp.async.commit_group;", ""()
	br label %pv

pv:
	%1659 = and i32 %4, 7
	%1660 = lshr i32 %4, 3
	%1661 = and i32 %1660, 1
	%1662 = shl i32 %1661, 3
	%1663 = add i32 %1659, %1662
	%1664 = mul i32 %1663, 128
	%1665 = add i32 %1, %1664
	%1666 = and i32 %4, 7
	%1667 = xor i32 %107, %1666
	%1668 = shl i32 %1667, 4
	%1669 = add i32 %1665, %1668
	%1670 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1509, float %1507)
	%1671 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1561, float %1559)
	%1672 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1513, float %1511)
	%1673 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1565, float %1563)
	%1674 = xor i32 %1669, 0
	%1675 = add i32 %1674, 0
	%1676 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1675)
	%1677 = extractvalue { i32, i32, i32, i32 } %1676, 0
	%1678 = extractvalue { i32, i32, i32, i32 } %1676, 1
	%1679 = extractvalue { i32, i32, i32, i32 } %1676, 2
	%1680 = extractvalue { i32, i32, i32, i32 } %1676, 3
	%1681 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1677, i32 %1678, float %1468, float %1469, float %1470, float %1471)
	%1682 = extractvalue { float, float, float, float } %1681, 0
	%1683 = extractvalue { float, float, float, float } %1681, 1
	%1684 = extractvalue { float, float, float, float } %1681, 2
	%1685 = extractvalue { float, float, float, float } %1681, 3
	%1686 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1679, i32 %1680, float %1472, float %1473, float %1474, float %1475)
	%1687 = extractvalue { float, float, float, float } %1686, 0
	%1688 = extractvalue { float, float, float, float } %1686, 1
	%1689 = extractvalue { float, float, float, float } %1686, 2
	%1690 = extractvalue { float, float, float, float } %1686, 3
	%1691 = xor i32 %1669, 32
	%1692 = add i32 %1691, 0
	%1693 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1692)
	%1694 = extractvalue { i32, i32, i32, i32 } %1693, 0
	%1695 = extractvalue { i32, i32, i32, i32 } %1693, 1
	%1696 = extractvalue { i32, i32, i32, i32 } %1693, 2
	%1697 = extractvalue { i32, i32, i32, i32 } %1693, 3
	%1698 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1694, i32 %1695, float %1476, float %1477, float %1478, float %1479)
	%1699 = extractvalue { float, float, float, float } %1698, 0
	%1700 = extractvalue { float, float, float, float } %1698, 1
	%1701 = extractvalue { float, float, float, float } %1698, 2
	%1702 = extractvalue { float, float, float, float } %1698, 3
	%1703 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1696, i32 %1697, float %1480, float %1481, float %1482, float %1483)
	%1704 = extractvalue { float, float, float, float } %1703, 0
	%1705 = extractvalue { float, float, float, float } %1703, 1
	%1706 = extractvalue { float, float, float, float } %1703, 2
	%1707 = extractvalue { float, float, float, float } %1703, 3
	%1708 = xor i32 %1669, 64
	%1709 = add i32 %1708, 0
	%1710 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1709)
	%1711 = extractvalue { i32, i32, i32, i32 } %1710, 0
	%1712 = extractvalue { i32, i32, i32, i32 } %1710, 1
	%1713 = extractvalue { i32, i32, i32, i32 } %1710, 2
	%1714 = extractvalue { i32, i32, i32, i32 } %1710, 3
	%1715 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1711, i32 %1712, float %1484, float %1485, float %1486, float %1487)
	%1716 = extractvalue { float, float, float, float } %1715, 0
	%1717 = extractvalue { float, float, float, float } %1715, 1
	%1718 = extractvalue { float, float, float, float } %1715, 2
	%1719 = extractvalue { float, float, float, float } %1715, 3
	%1720 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1713, i32 %1714, float %1488, float %1489, float %1490, float %1491)
	%1721 = extractvalue { float, float, float, float } %1720, 0
	%1722 = extractvalue { float, float, float, float } %1720, 1
	%1723 = extractvalue { float, float, float, float } %1720, 2
	%1724 = extractvalue { float, float, float, float } %1720, 3
	%1725 = xor i32 %1669, 96
	%1726 = add i32 %1725, 0
	%1727 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1726)
	%1728 = extractvalue { i32, i32, i32, i32 } %1727, 0
	%1729 = extractvalue { i32, i32, i32, i32 } %1727, 1
	%1730 = extractvalue { i32, i32, i32, i32 } %1727, 2
	%1731 = extractvalue { i32, i32, i32, i32 } %1727, 3
	%1732 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1728, i32 %1729, float %1492, float %1493, float %1494, float %1495)
	%1733 = extractvalue { float, float, float, float } %1732, 0
	%1734 = extractvalue { float, float, float, float } %1732, 1
	%1735 = extractvalue { float, float, float, float } %1732, 2
	%1736 = extractvalue { float, float, float, float } %1732, 3
	%1737 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1670, i32 %1671, i32 %1672, i32 %1673, i32 %1730, i32 %1731, float %1496, float %1497, float %1498, float %1499)
	%1738 = extractvalue { float, float, float, float } %1737, 0
	%1739 = extractvalue { float, float, float, float } %1737, 1
	%1740 = extractvalue { float, float, float, float } %1737, 2
	%1741 = extractvalue { float, float, float, float } %1737, 3
	%1742 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1517, float %1515)
	%1743 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1569, float %1567)
	%1744 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1521, float %1519)
	%1745 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1573, float %1571)
	%1746 = xor i32 %1669, 0
	%1747 = add i32 %1746, 2048
	%1748 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1747)
	%1749 = extractvalue { i32, i32, i32, i32 } %1748, 0
	%1750 = extractvalue { i32, i32, i32, i32 } %1748, 1
	%1751 = extractvalue { i32, i32, i32, i32 } %1748, 2
	%1752 = extractvalue { i32, i32, i32, i32 } %1748, 3
	%1753 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1749, i32 %1750, float %1682, float %1683, float %1684, float %1685)
	%1754 = extractvalue { float, float, float, float } %1753, 0
	%1755 = extractvalue { float, float, float, float } %1753, 1
	%1756 = extractvalue { float, float, float, float } %1753, 2
	%1757 = extractvalue { float, float, float, float } %1753, 3
	%1758 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1751, i32 %1752, float %1687, float %1688, float %1689, float %1690)
	%1759 = extractvalue { float, float, float, float } %1758, 0
	%1760 = extractvalue { float, float, float, float } %1758, 1
	%1761 = extractvalue { float, float, float, float } %1758, 2
	%1762 = extractvalue { float, float, float, float } %1758, 3
	%1763 = xor i32 %1669, 32
	%1764 = add i32 %1763, 2048
	%1765 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1764)
	%1766 = extractvalue { i32, i32, i32, i32 } %1765, 0
	%1767 = extractvalue { i32, i32, i32, i32 } %1765, 1
	%1768 = extractvalue { i32, i32, i32, i32 } %1765, 2
	%1769 = extractvalue { i32, i32, i32, i32 } %1765, 3
	%1770 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1766, i32 %1767, float %1699, float %1700, float %1701, float %1702)
	%1771 = extractvalue { float, float, float, float } %1770, 0
	%1772 = extractvalue { float, float, float, float } %1770, 1
	%1773 = extractvalue { float, float, float, float } %1770, 2
	%1774 = extractvalue { float, float, float, float } %1770, 3
	%1775 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1768, i32 %1769, float %1704, float %1705, float %1706, float %1707)
	%1776 = extractvalue { float, float, float, float } %1775, 0
	%1777 = extractvalue { float, float, float, float } %1775, 1
	%1778 = extractvalue { float, float, float, float } %1775, 2
	%1779 = extractvalue { float, float, float, float } %1775, 3
	%1780 = xor i32 %1669, 64
	%1781 = add i32 %1780, 2048
	%1782 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1781)
	%1783 = extractvalue { i32, i32, i32, i32 } %1782, 0
	%1784 = extractvalue { i32, i32, i32, i32 } %1782, 1
	%1785 = extractvalue { i32, i32, i32, i32 } %1782, 2
	%1786 = extractvalue { i32, i32, i32, i32 } %1782, 3
	%1787 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1783, i32 %1784, float %1716, float %1717, float %1718, float %1719)
	%1788 = extractvalue { float, float, float, float } %1787, 0
	%1789 = extractvalue { float, float, float, float } %1787, 1
	%1790 = extractvalue { float, float, float, float } %1787, 2
	%1791 = extractvalue { float, float, float, float } %1787, 3
	%1792 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1785, i32 %1786, float %1721, float %1722, float %1723, float %1724)
	%1793 = extractvalue { float, float, float, float } %1792, 0
	%1794 = extractvalue { float, float, float, float } %1792, 1
	%1795 = extractvalue { float, float, float, float } %1792, 2
	%1796 = extractvalue { float, float, float, float } %1792, 3
	%1797 = xor i32 %1669, 96
	%1798 = add i32 %1797, 2048
	%1799 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1798)
	%1800 = extractvalue { i32, i32, i32, i32 } %1799, 0
	%1801 = extractvalue { i32, i32, i32, i32 } %1799, 1
	%1802 = extractvalue { i32, i32, i32, i32 } %1799, 2
	%1803 = extractvalue { i32, i32, i32, i32 } %1799, 3
	%1804 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1800, i32 %1801, float %1733, float %1734, float %1735, float %1736)
	%1805 = extractvalue { float, float, float, float } %1804, 0
	%1806 = extractvalue { float, float, float, float } %1804, 1
	%1807 = extractvalue { float, float, float, float } %1804, 2
	%1808 = extractvalue { float, float, float, float } %1804, 3
	%1809 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1742, i32 %1743, i32 %1744, i32 %1745, i32 %1802, i32 %1803, float %1738, float %1739, float %1740, float %1741)
	%1810 = extractvalue { float, float, float, float } %1809, 0
	%1811 = extractvalue { float, float, float, float } %1809, 1
	%1812 = extractvalue { float, float, float, float } %1809, 2
	%1813 = extractvalue { float, float, float, float } %1809, 3
	%1814 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1525, float %1523)
	%1815 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1577, float %1575)
	%1816 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1529, float %1527)
	%1817 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1581, float %1579)
	%1818 = xor i32 %1669, 0
	%1819 = add i32 %1818, u0x1000
	%1820 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1819)
	%1821 = extractvalue { i32, i32, i32, i32 } %1820, 0
	%1822 = extractvalue { i32, i32, i32, i32 } %1820, 1
	%1823 = extractvalue { i32, i32, i32, i32 } %1820, 2
	%1824 = extractvalue { i32, i32, i32, i32 } %1820, 3
	%1825 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1821, i32 %1822, float %1754, float %1755, float %1756, float %1757)
	%1826 = extractvalue { float, float, float, float } %1825, 0
	%1827 = extractvalue { float, float, float, float } %1825, 1
	%1828 = extractvalue { float, float, float, float } %1825, 2
	%1829 = extractvalue { float, float, float, float } %1825, 3
	%1830 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1823, i32 %1824, float %1759, float %1760, float %1761, float %1762)
	%1831 = extractvalue { float, float, float, float } %1830, 0
	%1832 = extractvalue { float, float, float, float } %1830, 1
	%1833 = extractvalue { float, float, float, float } %1830, 2
	%1834 = extractvalue { float, float, float, float } %1830, 3
	%1835 = xor i32 %1669, 32
	%1836 = add i32 %1835, u0x1000
	%1837 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1836)
	%1838 = extractvalue { i32, i32, i32, i32 } %1837, 0
	%1839 = extractvalue { i32, i32, i32, i32 } %1837, 1
	%1840 = extractvalue { i32, i32, i32, i32 } %1837, 2
	%1841 = extractvalue { i32, i32, i32, i32 } %1837, 3
	%1842 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1838, i32 %1839, float %1771, float %1772, float %1773, float %1774)
	%1843 = extractvalue { float, float, float, float } %1842, 0
	%1844 = extractvalue { float, float, float, float } %1842, 1
	%1845 = extractvalue { float, float, float, float } %1842, 2
	%1846 = extractvalue { float, float, float, float } %1842, 3
	%1847 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1840, i32 %1841, float %1776, float %1777, float %1778, float %1779)
	%1848 = extractvalue { float, float, float, float } %1847, 0
	%1849 = extractvalue { float, float, float, float } %1847, 1
	%1850 = extractvalue { float, float, float, float } %1847, 2
	%1851 = extractvalue { float, float, float, float } %1847, 3
	%1852 = xor i32 %1669, 64
	%1853 = add i32 %1852, u0x1000
	%1854 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1853)
	%1855 = extractvalue { i32, i32, i32, i32 } %1854, 0
	%1856 = extractvalue { i32, i32, i32, i32 } %1854, 1
	%1857 = extractvalue { i32, i32, i32, i32 } %1854, 2
	%1858 = extractvalue { i32, i32, i32, i32 } %1854, 3
	%1859 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1855, i32 %1856, float %1788, float %1789, float %1790, float %1791)
	%1860 = extractvalue { float, float, float, float } %1859, 0
	%1861 = extractvalue { float, float, float, float } %1859, 1
	%1862 = extractvalue { float, float, float, float } %1859, 2
	%1863 = extractvalue { float, float, float, float } %1859, 3
	%1864 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1857, i32 %1858, float %1793, float %1794, float %1795, float %1796)
	%1865 = extractvalue { float, float, float, float } %1864, 0
	%1866 = extractvalue { float, float, float, float } %1864, 1
	%1867 = extractvalue { float, float, float, float } %1864, 2
	%1868 = extractvalue { float, float, float, float } %1864, 3
	%1869 = xor i32 %1669, 96
	%1870 = add i32 %1869, u0x1000
	%1871 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1870)
	%1872 = extractvalue { i32, i32, i32, i32 } %1871, 0
	%1873 = extractvalue { i32, i32, i32, i32 } %1871, 1
	%1874 = extractvalue { i32, i32, i32, i32 } %1871, 2
	%1875 = extractvalue { i32, i32, i32, i32 } %1871, 3
	%1876 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1872, i32 %1873, float %1805, float %1806, float %1807, float %1808)
	%1877 = extractvalue { float, float, float, float } %1876, 0
	%1878 = extractvalue { float, float, float, float } %1876, 1
	%1879 = extractvalue { float, float, float, float } %1876, 2
	%1880 = extractvalue { float, float, float, float } %1876, 3
	%1881 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1814, i32 %1815, i32 %1816, i32 %1817, i32 %1874, i32 %1875, float %1810, float %1811, float %1812, float %1813)
	%1882 = extractvalue { float, float, float, float } %1881, 0
	%1883 = extractvalue { float, float, float, float } %1881, 1
	%1884 = extractvalue { float, float, float, float } %1881, 2
	%1885 = extractvalue { float, float, float, float } %1881, 3
	%1886 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1533, float %1531)
	%1887 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1585, float %1583)
	%1888 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1537, float %1535)
	%1889 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %1589, float %1587)
	%1890 = xor i32 %1669, 0
	%1891 = add i32 %1890, 6144
	%1892 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1891)
	%1893 = extractvalue { i32, i32, i32, i32 } %1892, 0
	%1894 = extractvalue { i32, i32, i32, i32 } %1892, 1
	%1895 = extractvalue { i32, i32, i32, i32 } %1892, 2
	%1896 = extractvalue { i32, i32, i32, i32 } %1892, 3
	%1897 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1893, i32 %1894, float %1826, float %1827, float %1828, float %1829)
	%1898 = extractvalue { float, float, float, float } %1897, 0
	%1899 = extractvalue { float, float, float, float } %1897, 1
	%1900 = extractvalue { float, float, float, float } %1897, 2
	%1901 = extractvalue { float, float, float, float } %1897, 3
	%1902 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1895, i32 %1896, float %1831, float %1832, float %1833, float %1834)
	%1903 = extractvalue { float, float, float, float } %1902, 0
	%1904 = extractvalue { float, float, float, float } %1902, 1
	%1905 = extractvalue { float, float, float, float } %1902, 2
	%1906 = extractvalue { float, float, float, float } %1902, 3
	%1907 = xor i32 %1669, 32
	%1908 = add i32 %1907, 6144
	%1909 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1908)
	%1910 = extractvalue { i32, i32, i32, i32 } %1909, 0
	%1911 = extractvalue { i32, i32, i32, i32 } %1909, 1
	%1912 = extractvalue { i32, i32, i32, i32 } %1909, 2
	%1913 = extractvalue { i32, i32, i32, i32 } %1909, 3
	%1914 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1910, i32 %1911, float %1843, float %1844, float %1845, float %1846)
	%1915 = extractvalue { float, float, float, float } %1914, 0
	%1916 = extractvalue { float, float, float, float } %1914, 1
	%1917 = extractvalue { float, float, float, float } %1914, 2
	%1918 = extractvalue { float, float, float, float } %1914, 3
	%1919 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1912, i32 %1913, float %1848, float %1849, float %1850, float %1851)
	%1920 = extractvalue { float, float, float, float } %1919, 0
	%1921 = extractvalue { float, float, float, float } %1919, 1
	%1922 = extractvalue { float, float, float, float } %1919, 2
	%1923 = extractvalue { float, float, float, float } %1919, 3
	%1924 = xor i32 %1669, 64
	%1925 = add i32 %1924, 6144
	%1926 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1925)
	%1927 = extractvalue { i32, i32, i32, i32 } %1926, 0
	%1928 = extractvalue { i32, i32, i32, i32 } %1926, 1
	%1929 = extractvalue { i32, i32, i32, i32 } %1926, 2
	%1930 = extractvalue { i32, i32, i32, i32 } %1926, 3
	%1931 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1927, i32 %1928, float %1860, float %1861, float %1862, float %1863)
	%1932 = extractvalue { float, float, float, float } %1931, 0
	%1933 = extractvalue { float, float, float, float } %1931, 1
	%1934 = extractvalue { float, float, float, float } %1931, 2
	%1935 = extractvalue { float, float, float, float } %1931, 3
	%1936 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1929, i32 %1930, float %1865, float %1866, float %1867, float %1868)
	%1937 = extractvalue { float, float, float, float } %1936, 0
	%1938 = extractvalue { float, float, float, float } %1936, 1
	%1939 = extractvalue { float, float, float, float } %1936, 2
	%1940 = extractvalue { float, float, float, float } %1936, 3
	%1941 = xor i32 %1669, 96
	%1942 = add i32 %1941, 6144
	%1943 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];", "=r,=r,=r,=r,r"(i32 %1942)
	%1944 = extractvalue { i32, i32, i32, i32 } %1943, 0
	%1945 = extractvalue { i32, i32, i32, i32 } %1943, 1
	%1946 = extractvalue { i32, i32, i32, i32 } %1943, 2
	%1947 = extractvalue { i32, i32, i32, i32 } %1943, 3
	%1948 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1944, i32 %1945, float %1877, float %1878, float %1879, float %1880)
	%1949 = extractvalue { float, float, float, float } %1948, 0
	%1950 = extractvalue { float, float, float, float } %1948, 1
	%1951 = extractvalue { float, float, float, float } %1948, 2
	%1952 = extractvalue { float, float, float, float } %1948, 3
	%1953 = call { float, float, float, float } asm "mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};", "=f,=f,=f,=f,r,r,r,r,r,r,0,1,2,3"(i32 %1886, i32 %1887, i32 %1888, i32 %1889, i32 %1946, i32 %1947, float %1882, float %1883, float %1884, float %1885)
	%1954 = extractvalue { float, float, float, float } %1953, 0
	%1955 = extractvalue { float, float, float, float } %1953, 1
	%1956 = extractvalue { float, float, float, float } %1953, 2
	%1957 = extractvalue { float, float, float, float } %1953, 3
	br i1 %1614, label %loop, label %epilogue

store0:
	%1958 = mul i32 %22, %M
	%1959 = add i32 %1958, %594
	%1960 = mul i32 %1959, 64
	%1961 = shl i32 %6, 1
	%1962 = add i32 0, %1961
	%1963 = add i32 %1960, %1962
	%1964 = sext i32 %1963 to i64
	%1965 = getelementptr i16, i16* %out, i64 %1964
	%1966 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %596, float %595)
	%1967 = bitcast i16* %1965 to i32*
	store i32 %1966, i32* %1967
	%1968 = shl i32 %6, 1
	%1969 = add i32 8, %1968
	%1970 = add i32 %1960, %1969
	%1971 = sext i32 %1970 to i64
	%1972 = getelementptr i16, i16* %out, i64 %1971
	%1973 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %598, float %597)
	%1974 = bitcast i16* %1972 to i32*
	store i32 %1973, i32* %1974
	%1975 = shl i32 %6, 1
	%1976 = add i32 16, %1975
	%1977 = add i32 %1960, %1976
	%1978 = sext i32 %1977 to i64
	%1979 = getelementptr i16, i16* %out, i64 %1978
	%1980 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %600, float %599)
	%1981 = bitcast i16* %1979 to i32*
	store i32 %1980, i32* %1981
	%1982 = shl i32 %6, 1
	%1983 = add i32 24, %1982
	%1984 = add i32 %1960, %1983
	%1985 = sext i32 %1984 to i64
	%1986 = getelementptr i16, i16* %out, i64 %1985
	%1987 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %602, float %601)
	%1988 = bitcast i16* %1986 to i32*
	store i32 %1987, i32* %1988
	%1989 = shl i32 %6, 1
	%1990 = add i32 32, %1989
	%1991 = add i32 %1960, %1990
	%1992 = sext i32 %1991 to i64
	%1993 = getelementptr i16, i16* %out, i64 %1992
	%1994 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %604, float %603)
	%1995 = bitcast i16* %1993 to i32*
	store i32 %1994, i32* %1995
	%1996 = shl i32 %6, 1
	%1997 = add i32 40, %1996
	%1998 = add i32 %1960, %1997
	%1999 = sext i32 %1998 to i64
	%2000 = getelementptr i16, i16* %out, i64 %1999
	%2001 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %606, float %605)
	%2002 = bitcast i16* %2000 to i32*
	store i32 %2001, i32* %2002
	%2003 = shl i32 %6, 1
	%2004 = add i32 48, %2003
	%2005 = add i32 %1960, %2004
	%2006 = sext i32 %2005 to i64
	%2007 = getelementptr i16, i16* %out, i64 %2006
	%2008 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %608, float %607)
	%2009 = bitcast i16* %2007 to i32*
	store i32 %2008, i32* %2009
	%2010 = shl i32 %6, 1
	%2011 = add i32 56, %2010
	%2012 = add i32 %1960, %2011
	%2013 = sext i32 %2012 to i64
	%2014 = getelementptr i16, i16* %out, i64 %2013
	%2015 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %610, float %609)
	%2016 = bitcast i16* %2014 to i32*
	store i32 %2015, i32* %2016
	br label %stored0

stored0:
	%2017 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %550, i32 1, i32 31)
	%2018 = fadd float %550, %2017
	%2019 = call float @llvm.nvvm.shfl.sync.bfly.f32(i32 -1, float %2018, i32 2, i32 31)
	%2020 = fadd float %2018, %2019
	%2021 = fcmp ogt float %2020, 0.0
	%2022 = fdiv float 1.0, %2020
	%2023 = select i1 %2021, float %2022, float 0.0
	%2024 = mul i32 %3, 16
	%2025 = add i32 %24, %2024
	%2026 = add i32 %5, 8
	%2027 = add i32 %2025, %2026
	%2028 = fmul float %554, %2023
	%2029 = fmul float %555, %2023
	%2030 = fmul float %558, %2023
	%2031 = fmul float %559, %2023
	%2032 = fmul float %562, %2023
	%2033 = fmul float %563, %2023
	%2034 = fmul float %566, %2023
	%2035 = fmul float %567, %2023
	%2036 = fmul float %570, %2023
	%2037 = fmul float %571, %2023
	%2038 = fmul float %574, %2023
	%2039 = fmul float %575, %2023
	%2040 = fmul float %578, %2023
	%2041 = fmul float %579, %2023
	%2042 = fmul float %582, %2023
	%2043 = fmul float %583, %2023
	%2044 = icmp slt i32 %2027, %M
	br i1 %2044, label %store1, label %stored1

store1:
	%2045 = mul i32 %22, %M
	%2046 = add i32 %2045, %2027
	%2047 = mul i32 %2046, 64
	%2048 = shl i32 %6, 1
	%2049 = add i32 0, %2048
	%2050 = add i32 %2047, %2049
	%2051 = sext i32 %2050 to i64
	%2052 = getelementptr i16, i16* %out, i64 %2051
	%2053 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2029, float %2028)
	%2054 = bitcast i16* %2052 to i32*
	store i32 %2053, i32* %2054
	%2055 = shl i32 %6, 1
	%2056 = add i32 8, %2055
	%2057 = add i32 %2047, %2056
	%2058 = sext i32 %2057 to i64
	%2059 = getelementptr i16, i16* %out, i64 %2058
	%2060 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2031, float %2030)
	%2061 = bitcast i16* %2059 to i32*
	store i32 %2060, i32* %2061
	%2062 = shl i32 %6, 1
	%2063 = add i32 16, %2062
	%2064 = add i32 %2047, %2063
	%2065 = sext i32 %2064 to i64
	%2066 = getelementptr i16, i16* %out, i64 %2065
	%2067 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2033, float %2032)
	%2068 = bitcast i16* %2066 to i32*
	store i32 %2067, i32* %2068
	%2069 = shl i32 %6, 1
	%2070 = add i32 24, %2069
	%2071 = add i32 %2047, %2070
	%2072 = sext i32 %2071 to i64
	%2073 = getelementptr i16, i16* %out, i64 %2072
	%2074 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2035, float %2034)
	%2075 = bitcast i16* %2073 to i32*
	store i32 %2074, i32* %2075
	%2076 = shl i32 %6, 1
	%2077 = add i32 32, %2076
	%2078 = add i32 %2047, %2077
	%2079 = sext i32 %2078 to i64
	%2080 = getelementptr i16, i16* %out, i64 %2079
	%2081 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2037, float %2036)
	%2082 = bitcast i16* %2080 to i32*
	store i32 %2081, i32* %2082
	%2083 = shl i32 %6, 1
	%2084 = add i32 40, %2083
	%2085 = add i32 %2047, %2084
	%2086 = sext i32 %2085 to i64
	%2087 = getelementptr i16, i16* %out, i64 %2086
	%2088 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2039, float %2038)
	%2089 = bitcast i16* %2087 to i32*
	store i32 %2088, i32* %2089
	%2090 = shl i32 %6, 1
	%2091 = add i32 48, %2090
	%2092 = add i32 %2047, %2091
	%2093 = sext i32 %2092 to i64
	%2094 = getelementptr i16, i16* %out, i64 %2093
	%2095 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2041, float %2040)
	%2096 = bitcast i16* %2094 to i32*
	store i32 %2095, i32* %2096
	%2097 = shl i32 %6, 1
	%2098 = add i32 56, %2097
	%2099 = add i32 %2047, %2098
	%2100 = sext i32 %2099 to i64
	%2101 = getelementptr i16, i16* %out, i64 %2100
	%2102 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float %2043, float %2042)
	%2103 = bitcast i16* %2101 to i32*
	store i32 %2102, i32* %2103
	br label %stored1

stored1:
	ret void
}

declare float @llvm.nvvm.lg2.approx.ftz.f(float %p0)

declare i1 @llvm.nvvm.vote.any.sync(i32 %p0, i1 %p1)

define ptx_kernel void @best_attn2_kbar(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %28)
	%35 = trunc i32 %34 to i16
	%36 = getelementptr i16, i16* %out, i64 %33
	store i16 %35, i16* %36
	ret void
}

define ptx_kernel void @best_attn2_vbar(i16* %x, i16* %out, i32 %L, i32 %NT) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %1, 64
	%4 = add i32 %3, 64
	%5 = icmp slt i32 %4, %L
	%6 = add i32 %3, 64
	%7 = select i1 %5, i32 %6, i32 %L
	%8 = mul i32 %2, %L
	%9 = mul i32 %8, 64
	%10 = add i32 %9, %0
	%11 = sext i32 %10 to i64
	%12 = getelementptr i16, i16* %x, i64 %11
	br label %13

13:
	%14 = phi i32 [ %3, %entry ], [ %24, %17 ]
	%15 = phi float [ 0.0, %entry ], [ %23, %17 ]
	%16 = icmp slt i32 %14, %7
	br i1 %16, label %17, label %25

17:
	%18 = mul i32 %14, 64
	%19 = sext i32 %18 to i64
	%20 = getelementptr i16, i16* %12, i64 %19
	%21 = load i16, i16* %20
	%22 = call float asm "cvt.f32.f16 $0, $1;", "=f,h"(i16 %21)
	%23 = fadd float %15, %22
	%24 = add i32 %14, 1
	br label %13

25:
	%26 = sub i32 %7, %3
	%27 = sitofp i32 %26 to float
	%28 = fdiv float %15, %27
	%29 = mul i32 %2, %NT
	%30 = add i32 %29, %1
	%31 = mul i32 %30, 64
	%32 = add i32 %31, %0
	%33 = sext i32 %32 to i64
	%34 = call i32 asm "cvt.rn.f16x2.f32 $0, $1, $2;", "=r,f,f"(float 0.0, float %28)
	%35 = trunc i32 %34 to i16
	%36 = getelementptr i16, i16* %out, i64 %33
	store i16 %35, i16* %36
	ret void
}

define ptx_kernel void @best_attn2_comp(i32* %list, i8* %full, i32 %ch, i8* %comp, i32* %clist, i32 %NQ, i32 %NK) {
entry:
	%0 = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
	%1 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
	%2 = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.y()
	%3 = mul i32 %2, %NQ
	%4 = add i32 %3, %1
	%5 = mul i32 %4, %NK
	%6 = mul i32 %2, %ch
	%7 = mul i32 %6, %NQ
	%8 = add i32 %7, %1
	%9 = mul i32 %8, %NK
	%10 = mul i32 %4, 2
	%11 = mul i32 %10, %NK
	br label %12

12:
	%13 = phi i32 [ %0, %entry ], [ %23, %15 ]
	%14 = icmp slt i32 %13, %NK
	br i1 %14, label %15, label %24

15:
	%16 = add i32 %9, %13
	%17 = sext i32 %16 to i64
	%18 = getelementptr i8, i8* %full, i64 %17
	%19 = load i8, i8* %18
	%20 = add i32 %5, %13
	%21 = sext i32 %20 to i64
	%22 = getelementptr i8, i8* %comp, i64 %21
	store i8 %19, i8* %22
	%23 = add i32 %13, 256
	br label %12

24:
	call void @llvm.nvvm.barrier0()
	br label %25

25:
	%26 = phi i32 [ %0, %24 ], [ %66, %63 ]
	%27 = phi i32 [ 0, %24 ], [ %65, %63 ]
	%28 = icmp slt i32 %26, %NK
	br i1 %28, label %29, label %35

29:
	%30 = add i32 %11, %26
	%31 = sext i32 %30 to i64
	%32 = getelementptr i32, i32* %list, i64 %31
	%33 = load i32, i32* %32
	%34 = icmp sge i32 %33, 0
	br i1 %34, label %59, label %63

35:
	%36 = and i32 %0, 31
	%37 = lshr i32 %0, 5
	%38 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %27, i32 1, i32 0)
	%39 = icmp uge i32 %36, 1
	%40 = select i1 %39, i32 %38, i32 0
	%41 = add i32 %27, %40
	%42 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %41, i32 2, i32 0)
	%43 = icmp uge i32 %36, 2
	%44 = select i1 %43, i32 %42, i32 0
	%45 = add i32 %41, %44
	%46 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %45, i32 4, i32 0)
	%47 = icmp uge i32 %36, 4
	%48 = select i1 %47, i32 %46, i32 0
	%49 = add i32 %45, %48
	%50 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %49, i32 8, i32 0)
	%51 = icmp uge i32 %36, 8
	%52 = select i1 %51, i32 %50, i32 0
	%53 = add i32 %49, %52
	%54 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %53, i32 16, i32 0)
	%55 = icmp uge i32 %36, 16
	%56 = select i1 %55, i32 %54, i32 0
	%57 = add i32 %53, %56
	%58 = icmp eq i32 %36, 31
	br i1 %58, label %67, label %69

59:
	%60 = add i32 %5, %33
	%61 = sext i32 %60 to i64
	%62 = getelementptr i8, i8* %comp, i64 %61
	store i8 0, i8* %62
	br label %63

63:
	%64 = zext i1 %34 to i32
	%65 = add i32 %27, %64
	%66 = add i32 %26, 256
	br label %25

67:
	%68 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 %37
	store i32 %57, i32 addrspace(3)* %68
	br label %69

69:
	call void @llvm.nvvm.barrier0()
	%70 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 0
	%71 = load i32, i32 addrspace(3)* %70
	%72 = icmp sgt i32 %37, 0
	%73 = select i1 %72, i32 %71, i32 0
	%74 = add i32 0, %73
	%75 = add i32 0, %71
	%76 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 1
	%77 = load i32, i32 addrspace(3)* %76
	%78 = icmp sgt i32 %37, 1
	%79 = select i1 %78, i32 %77, i32 0
	%80 = add i32 %74, %79
	%81 = add i32 %75, %77
	%82 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 2
	%83 = load i32, i32 addrspace(3)* %82
	%84 = icmp sgt i32 %37, 2
	%85 = select i1 %84, i32 %83, i32 0
	%86 = add i32 %80, %85
	%87 = add i32 %81, %83
	%88 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 3
	%89 = load i32, i32 addrspace(3)* %88
	%90 = icmp sgt i32 %37, 3
	%91 = select i1 %90, i32 %89, i32 0
	%92 = add i32 %86, %91
	%93 = add i32 %87, %89
	%94 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 4
	%95 = load i32, i32 addrspace(3)* %94
	%96 = icmp sgt i32 %37, 4
	%97 = select i1 %96, i32 %95, i32 0
	%98 = add i32 %92, %97
	%99 = add i32 %93, %95
	%100 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 5
	%101 = load i32, i32 addrspace(3)* %100
	%102 = icmp sgt i32 %37, 5
	%103 = select i1 %102, i32 %101, i32 0
	%104 = add i32 %98, %103
	%105 = add i32 %99, %101
	%106 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 6
	%107 = load i32, i32 addrspace(3)* %106
	%108 = icmp sgt i32 %37, 6
	%109 = select i1 %108, i32 %107, i32 0
	%110 = add i32 %104, %109
	%111 = add i32 %105, %107
	%112 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 7
	%113 = load i32, i32 addrspace(3)* %112
	%114 = icmp sgt i32 %37, 7
	%115 = select i1 %114, i32 %113, i32 0
	%116 = add i32 %110, %115
	%117 = add i32 %111, %113
	%118 = add i32 %116, %57
	%119 = sub i32 %118, %27
	call void @llvm.nvvm.barrier0()
	br label %120

120:
	%121 = phi i32 [ %0, %69 ], [ %140, %123 ]
	%122 = icmp slt i32 %121, %117
	br i1 %122, label %123, label %141

123:
	%124 = mul i32 %NK, 0
	%125 = add i32 %11, %124
	%126 = add i32 %125, %121
	%127 = sext i32 %126 to i64
	%128 = getelementptr i32, i32* %list, i64 %127
	%129 = load i32, i32* %128
	%130 = sext i32 %126 to i64
	%131 = getelementptr i32, i32* %clist, i64 %130
	store i32 %129, i32* %131
	%132 = mul i32 %NK, 1
	%133 = add i32 %11, %132
	%134 = add i32 %133, %121
	%135 = sext i32 %134 to i64
	%136 = getelementptr i32, i32* %list, i64 %135
	%137 = load i32, i32* %136
	%138 = sext i32 %134 to i64
	%139 = getelementptr i32, i32* %clist, i64 %138
	store i32 %137, i32* %139
	%140 = add i32 %121, 256
	br label %120

141:
	%142 = add i32 %NK, 63
	%143 = sdiv i32 %142, 64
	%144 = add i32 %143, 255
	%145 = sdiv i32 %144, 256
	%146 = mul i32 %145, 256
	br label %147

147:
	%148 = phi i32 [ 0, %141 ], [ %266, %264 ]
	%149 = phi i32 [ 0, %141 ], [ %265, %264 ]
	%150 = icmp slt i32 %148, %146
	br i1 %150, label %151, label %157

151:
	%152 = add i32 %148, %0
	%153 = mul i32 %152, 64
	%154 = add i32 %153, 64
	%155 = icmp slt i32 %154, %NK
	%156 = select i1 %155, i32 %154, i32 %NK
	br label %160

157:
	%158 = add i32 %117, %149
	%159 = add i32 %158, %0
	br label %267

160:
	%161 = phi i32 [ %153, %151 ], [ %171, %164 ]
	%162 = phi i32 [ 0, %151 ], [ %170, %164 ]
	%163 = icmp slt i32 %161, %156
	br i1 %163, label %164, label %172

164:
	%165 = add i32 %5, %161
	%166 = sext i32 %165 to i64
	%167 = getelementptr i8, i8* %comp, i64 %166
	%168 = load i8, i8* %167
	%169 = zext i8 %168 to i32
	%170 = or i32 %162, %169
	%171 = add i32 %161, 1
	br label %160

172:
	%173 = icmp ne i32 %162, 0
	%174 = zext i1 %173 to i32
	%175 = and i32 %0, 31
	%176 = lshr i32 %0, 5
	%177 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %174, i32 1, i32 0)
	%178 = icmp uge i32 %175, 1
	%179 = select i1 %178, i32 %177, i32 0
	%180 = add i32 %174, %179
	%181 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %180, i32 2, i32 0)
	%182 = icmp uge i32 %175, 2
	%183 = select i1 %182, i32 %181, i32 0
	%184 = add i32 %180, %183
	%185 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %184, i32 4, i32 0)
	%186 = icmp uge i32 %175, 4
	%187 = select i1 %186, i32 %185, i32 0
	%188 = add i32 %184, %187
	%189 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %188, i32 8, i32 0)
	%190 = icmp uge i32 %175, 8
	%191 = select i1 %190, i32 %189, i32 0
	%192 = add i32 %188, %191
	%193 = call i32 @llvm.nvvm.shfl.sync.up.i32(i32 -1, i32 %192, i32 16, i32 0)
	%194 = icmp uge i32 %175, 16
	%195 = select i1 %194, i32 %193, i32 0
	%196 = add i32 %192, %195
	%197 = icmp eq i32 %175, 31
	br i1 %197, label %198, label %200

198:
	%199 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 %176
	store i32 %196, i32 addrspace(3)* %199
	br label %200

200:
	call void @llvm.nvvm.barrier0()
	%201 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 0
	%202 = load i32, i32 addrspace(3)* %201
	%203 = icmp sgt i32 %176, 0
	%204 = select i1 %203, i32 %202, i32 0
	%205 = add i32 0, %204
	%206 = add i32 0, %202
	%207 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 1
	%208 = load i32, i32 addrspace(3)* %207
	%209 = icmp sgt i32 %176, 1
	%210 = select i1 %209, i32 %208, i32 0
	%211 = add i32 %205, %210
	%212 = add i32 %206, %208
	%213 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 2
	%214 = load i32, i32 addrspace(3)* %213
	%215 = icmp sgt i32 %176, 2
	%216 = select i1 %215, i32 %214, i32 0
	%217 = add i32 %211, %216
	%218 = add i32 %212, %214
	%219 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 3
	%220 = load i32, i32 addrspace(3)* %219
	%221 = icmp sgt i32 %176, 3
	%222 = select i1 %221, i32 %220, i32 0
	%223 = add i32 %217, %222
	%224 = add i32 %218, %220
	%225 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 4
	%226 = load i32, i32 addrspace(3)* %225
	%227 = icmp sgt i32 %176, 4
	%228 = select i1 %227, i32 %226, i32 0
	%229 = add i32 %223, %228
	%230 = add i32 %224, %226
	%231 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 5
	%232 = load i32, i32 addrspace(3)* %231
	%233 = icmp sgt i32 %176, 5
	%234 = select i1 %233, i32 %232, i32 0
	%235 = add i32 %229, %234
	%236 = add i32 %230, %232
	%237 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 6
	%238 = load i32, i32 addrspace(3)* %237
	%239 = icmp sgt i32 %176, 6
	%240 = select i1 %239, i32 %238, i32 0
	%241 = add i32 %235, %240
	%242 = add i32 %236, %238
	%243 = getelementptr [8 x i32], [8 x i32] addrspace(3)* @best_attn2_comp_scan, i32 0, i32 7
	%244 = load i32, i32 addrspace(3)* %243
	%245 = icmp sgt i32 %176, 7
	%246 = select i1 %245, i32 %244, i32 0
	%247 = add i32 %241, %246
	%248 = add i32 %242, %244
	%249 = add i32 %247, %196
	%250 = sub i32 %249, %174
	%251 = add i32 %117, %149
	%252 = add i32 %251, %250
	%253 = icmp slt i32 %252, %NK
	%254 = and i1 %173, %253
	br i1 %254, label %255, label %264

255:
	%256 = add i32 %NK, %152
	%257 = add i32 %11, %252
	%258 = sext i32 %257 to i64
	%259 = getelementptr i32, i32* %clist, i64 %258
	store i32 %256, i32* %259
	%260 = add i32 %11, %NK
	%261 = add i32 %260, %252
	%262 = sext i32 %261 to i64
	%263 = getelementptr i32, i32* %clist, i64 %262
	store i32 0, i32* %263
	br label %264

264:
	call void @llvm.nvvm.barrier0()
	%265 = add i32 %149, %248
	%266 = add i32 %148, 256
	br label %147

267:
	%268 = phi i32 [ %159, %157 ], [ %278, %270 ]
	%269 = icmp slt i32 %268, %NK
	br i1 %269, label %270, label %279

270:
	%271 = add i32 %11, %268
	%272 = sext i32 %271 to i64
	%273 = getelementptr i32, i32* %clist, i64 %272
	store i32 -1, i32* %273
	%274 = add i32 %11, %NK
	%275 = add i32 %274, %268
	%276 = sext i32 %275 to i64
	%277 = getelementptr i32, i32* %clist, i64 %276
	store i32 -1, i32* %277
	%278 = add i32 %268, 256
	br label %267

279:
	ret void
}

!nvvm.annotations = !{!0, !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11, !12, !13, !14, !15, !16, !17, !18, !19, !20}
!0 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1, !"maxntidx", i32 256}
!1 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_init, !"maxntidx", i32 256}
!2 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist24, !"maxntidx", i32 256}
!3 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick24, !"maxntidx", i32 256}
!4 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist16, !"maxntidx", i32 256}
!5 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick16, !"maxntidx", i32 256}
!6 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist8, !"maxntidx", i32 256}
!7 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick8, !"maxntidx", i32 256}
!8 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_hist0, !"maxntidx", i32 256}
!9 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_pick0, !"maxntidx", i32 256}
!10 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_ties, !"maxntidx", i32 256}
!11 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_scan, !"maxntidx", i32 256}
!12 = !{void (i8*, i32, float*, i32*, i32, i32, i32, i32, i32*, i32*, i32*, i32*, i32)* @best_select1_take, !"maxntidx", i32 256}
!13 = !{void (i16*, float*, i32, i32)* @best_pool_q0, !"maxntidx", i32 64}
!14 = !{void (i16*, float*, i32, i32)* @best_pool_k0, !"maxntidx", i32 64}
!15 = !{void (float*, float*, float*, i8*, i32, i32, i32, i32)* @best_scores0, !"maxntidx", i32 256}
!16 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i16*, i16*, i8*)* @best_attn2, !"maxntidx", i32 128}
!17 = !{void (i16*, i16*, i16*, i16*, i32, i32, i32, i32, i32*, i32, i32, i32, i8*, i32, i32, i16*, i16*, i8*)* @best_attn2, !"minctasm", i32 3}
!18 = !{void (i16*, i16*, i32, i32)* @best_attn2_kbar, !"maxntidx", i32 64}
!19 = !{void (i16*, i16*, i32, i32)* @best_attn2_vbar, !"maxntidx", i32 64}
!20 = !{void (i32*, i8*, i32, i8*, i32*, i32, i32)* @best_attn2_comp, !"maxntidx", i32 256}
